import { listenerFinding } from "../../core/checks/listener-finding.js";
const ANY_ADDRESS = new Set(["", "0.0.0.0", "::"]);
function sameAddress(a, b) {
    const left = a.hostIp ?? "";
    const right = b.hostIp ?? "";
    return ANY_ADDRESS.has(left) || ANY_ADDRESS.has(right) || left === right;
}
function keyOf(directory, listener, port) {
    return `${directory}\u0000${listener.protocol}\u0000${port}`;
}
/** Each claim's ports against the DaemonSets' (indexed by directory, protocol and port): linear in ports. */
export function daemonSetConflicts(claims) {
    const everyNode = new Map();
    claims.forEach((claim, order) => {
        if (!claim.everyNode)
            return;
        for (const listener of claim.listeners) {
            const key = keyOf(claim.directory, listener, listener.port);
            const list = everyNode.get(key);
            if (list)
                list.push({ claim, listener, order });
            else
                everyNode.set(key, [{ claim, listener, order }]);
        }
    });
    const findings = [];
    claims.forEach((claim, order) => {
        for (const listener of claim.listeners) {
            // Against an earlier DaemonSet, or any DaemonSet when this claim is not one (reported once, on the other workload).
            const other = everyNode
                .get(keyOf(claim.directory, listener, listener.port))
                ?.find((entry) => entry.claim !== claim && (!claim.everyNode || entry.order < order) && sameAddress(entry.listener, listener));
            if (!other)
                continue;
            const { origin } = other.listener;
            const data = { protocol: listener.protocol, other: other.claim.name, otherFile: origin.file, otherLine: origin.line };
            findings.push(listenerFinding("no-duplicate-port", "daemonSetHostPort", listener, data, "warning"));
        }
    });
    return findings;
}
