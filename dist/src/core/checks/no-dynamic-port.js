import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { BOUND_ROLES, isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
function check(listener) {
    if (!rangesOverlap({ from: listener.port, to: lastPort(listener) }, PORT_CLASSES.dynamic))
        return undefined;
    return listenerFinding("no-dynamic-port", "dynamic", listener, {});
}
export function noDynamicPort(listeners) {
    return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener) : undefined));
}
