import { EPHEMERAL_PROFILES } from "../ephemeral.js";
import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { identify } from "../identity.js";
import { isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";
const BOUND_ROLES = new Set(["bind", "container", "published", "env"]);
function span(listener) {
    return { from: listener.port, to: lastPort(listener) };
}
function check(listener, policy) {
    if (rangesOverlap(span(listener), PORT_CLASSES.dynamic))
        return listenerFinding("no-dynamic-port", "dynamic", listener, {});
    for (const setting of policy.ephemeral) {
        const profile = EPHEMERAL_PROFILES[setting.profile];
        if (!rangesOverlap(span(listener), profile))
            continue;
        if (listener.endPort === undefined && isOwnPort(listener, identify(listener.identity)))
            return undefined;
        return listenerFinding("no-dynamic-port", "ephemeral", listener, { profile: profile.label, range: `${profile.from}–${profile.to}`, below: profile.from - 1, reserve: profile.reserve }, setting.severity === "warn" ? "warning" : "error");
    }
    return undefined;
}
export function noDynamicPort(listeners, policy) {
    return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener, policy) : undefined));
}
