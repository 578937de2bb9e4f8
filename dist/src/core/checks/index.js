import { noBrowserUnsafePort } from "./no-browser-unsafe-port.js";
import { noDuplicatePort } from "./no-duplicate-port.js";
import { noDynamicPort } from "./no-dynamic-port.js";
import { noEphemeralPort } from "./no-ephemeral-port.js";
import { noPrivilegedPort } from "./no-privileged-port.js";
import { noRegisteredPortMisuse } from "./no-registered-port-misuse.js";
import { validPort } from "./valid-port.js";
export const CHECKS = {
    "no-dynamic-port": noDynamicPort,
    "no-ephemeral-port": noEphemeralPort,
    "no-privileged-port": noPrivilegedPort,
    "no-registered-port-misuse": noRegisteredPortMisuse,
    "no-duplicate-port": noDuplicatePort,
    "no-browser-unsafe-port": noBrowserUnsafePort,
    "valid-port": validPort,
};
