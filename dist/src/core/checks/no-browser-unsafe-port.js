import { identify } from "../identity.js";
import { assignedRecords, isFetchBadPort } from "../registry.js";
import { isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";
function firstBadPort(listener) {
    for (let port = listener.port; port <= lastPort(listener); port++)
        if (isFetchBadPort(port))
            return port;
    return undefined;
}
function browserReachable(listener) {
    if (listener.role === "container")
        return listener.privilege.network === "host";
    return listener.role !== "node-port" && listener.role !== "remote";
}
function ownerOf(port) {
    const record = assignedRecords(port, "tcp")[0];
    return record ? `${port} is IANA's "${record.name}"` : `${port} is blocked`;
}
/** Pi-hole's 53 is its DNS, Gitea's 22 its SSH: a port the product owns through another protocol is not its web port. */
function ownedByAnotherProtocol(listener, keys) {
    const others = new Set([...keys].filter((key) => key !== "http"));
    return isOwnPort(listener, others);
}
export function noBrowserUnsafePort(listeners) {
    return perListener(listeners, (listener) => {
        if (!isFixedPort(listener) || !browserReachable(listener))
            return undefined;
        const keys = identify(listener.identity);
        if (!keys.has("http") || ownedByAnotherProtocol(listener, keys))
            return undefined;
        const bad = firstBadPort(listener);
        return bad === undefined ? undefined : listenerFinding("no-browser-unsafe-port", "unsafe", listener, { owner: ownerOf(bad) });
    });
}
