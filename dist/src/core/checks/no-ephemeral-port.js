import { EPHEMERAL_PROFILES } from "../ephemeral.js";
import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { identify } from "../identity.js";
import { BOUND_ROLES, isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";
function check(listener, policy) {
    const span = { from: listener.port, to: lastPort(listener) };
    if (rangesOverlap(span, PORT_CLASSES.dynamic))
        return undefined;
    for (const setting of policy.ephemeral) {
        const profile = EPHEMERAL_PROFILES[setting.profile];
        if (!rangesOverlap(span, profile))
            continue;
        if (listener.endPort === undefined && isOwnPort(listener, identify(listener.identity)))
            return undefined;
        const data = { profile: profile.label, range: `${profile.from}–${profile.to}`, below: profile.from - 1, reserve: profile.reserve };
        // At full strength, as every check reports: the policy's "warn" (recommended) lowers it in evaluate().
        return listenerFinding("no-ephemeral-port", "ephemeral", listener, data, "error");
    }
    return undefined;
}
export function noEphemeralPort(listeners, policy) {
    return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener, policy) : undefined));
}
