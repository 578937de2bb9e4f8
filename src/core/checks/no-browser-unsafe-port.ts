// no-browser-unsafe-port: an HTTP(S) listener on a port the WHATWG Fetch standard blocks
// (https://fetch.spec.whatwg.org/#port-blocking): browsers refuse it with ERR_UNSAFE_PORT.
// Only listeners known to speak HTTP and reachable by a browser are checked: a container port
// behind a published port is reached through the published one; a remote port (`UPSTREAM_PORT`)
// is reached by this process, not by a browser. Port 0 is in the list, but listen(0) is not a
// fixed port, so it is never flagged. A multi-protocol product on a port it
// owns through another protocol (Pi-hole's DNS on 53, Gitea's SSH on 22) is not serving HTTP there.
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import { identify } from "../identity.js";
import { assignedRecords, isFetchBadPort } from "../registry.js";
import { isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";

function firstBadPort(listener: Listener): number | undefined {
  for (let port = listener.port; port <= lastPort(listener); port++) if (isFetchBadPort(port)) return port;
  return undefined;
}

function browserReachable(listener: Listener): boolean {
  if (listener.role === "container") return listener.privilege.network === "host";
  return listener.role !== "node-port" && listener.role !== "remote";
}

function ownerOf(port: number): string {
  const record = assignedRecords(port, "tcp")[0];
  return record ? `${port} is IANA's "${record.name}"` : `${port} is blocked`;
}

/** Pi-hole's 53 is its DNS, Gitea's 22 its SSH: a port the product owns through another protocol is not its web port. */
function ownedByAnotherProtocol(listener: Listener, keys: ReadonlySet<string>): boolean {
  const others = new Set([...keys].filter((key) => key !== "http"));
  return isOwnPort(listener, others);
}

export function noBrowserUnsafePort(listeners: readonly Listener[]): Finding[] {
  return perListener(listeners, (listener) => {
    if (!isFixedPort(listener) || !browserReachable(listener)) return undefined;
    const keys = identify(listener.identity);
    if (!keys.has("http") || ownedByAnotherProtocol(listener, keys)) return undefined;
    const bad = firstBadPort(listener);
    return bad === undefined ? undefined : listenerFinding("no-browser-unsafe-port", "unsafe", listener, { owner: ownerOf(bad) });
  });
}
