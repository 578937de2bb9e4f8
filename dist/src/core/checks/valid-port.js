import { formatRange, inRange, isValidPort } from "../port-class.js";
import { lastPort, listenerFinding, perListener } from "./listener-finding.js";
const SSH_PORT = 22;
function isSshListener(listener) {
    return listener.protocol === "tcp" && listener.port <= SSH_PORT && SSH_PORT <= lastPort(listener);
}
export function validPort(listeners, policy) {
    return perListener(listeners, (listener) => {
        const bad = !isValidPort(listener.port) ? listener.port : !isValidPort(lastPort(listener)) ? lastPort(listener) : undefined;
        if (bad !== undefined)
            return listenerFinding("valid-port", "outOfRange", listener, { value: bad });
        if (listener.role === "node-port" && !inRange(listener.port, policy.nodePortRange)) {
            return listenerFinding("valid-port", "nodePortRange", listener, { range: formatRange(policy.nodePortRange) });
        }
        if (policy.ssh === "forbid" && isSshListener(listener))
            return listenerFinding("valid-port", "sshForbidden", listener, {});
        return undefined;
    });
}
