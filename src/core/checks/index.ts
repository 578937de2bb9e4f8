// The seven checks by rule id. A check is a pure function of the listeners and the policy.
import type { RuleId } from "../catalogue.js";
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
import { noBrowserUnsafePort } from "./no-browser-unsafe-port.js";
import { noDuplicatePort } from "./no-duplicate-port.js";
import { noDynamicPort } from "./no-dynamic-port.js";
import { noEphemeralPort } from "./no-ephemeral-port.js";
import { noPrivilegedPort } from "./no-privileged-port.js";
import { noRegisteredPortMisuse } from "./no-registered-port-misuse.js";
import { validPort } from "./valid-port.js";

export type Check = (listeners: readonly Listener[], policy: Policy) => Finding[];

export const CHECKS: Readonly<Record<RuleId, Check>> = {
  "no-dynamic-port": noDynamicPort,
  "no-ephemeral-port": noEphemeralPort,
  "no-privileged-port": noPrivilegedPort,
  "no-registered-port-misuse": noRegisteredPortMisuse,
  "no-duplicate-port": noDuplicatePort,
  "no-browser-unsafe-port": noBrowserUnsafePort,
  "valid-port": validPort,
};
