// no-dynamic-port: a fixed listener in the IANA dynamic range 49152–65535 (RFC 6335 §6, §8.1.2:
// never assigned, MUST NOT be used as a service identifier; the OS hands these ports out for
// outgoing connections). OS ranges reaching below 49152 (Linux's 32768–60999) are
// no-ephemeral-port's. Service ports and NodePorts are virtual or range-checked elsewhere, and a
// remote port (`WIREGUARD_ENDPOINT_PORT`) is bound on another machine; port 0 ("any free port")
// is never flagged. A product on its own port there (Jenkins's agents on 50000, WireGuard on
// 51820/udp) is reported too, since the OS can hand that port out as well, but told to reserve
// it on the host rather than to move: its clients and peers expect it there.
import { identify, productByKey } from "../identity.js";
import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { BOUND_ROLES, isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { ownerOf } from "./own-port.js";
function check(listener) {
    if (!rangesOverlap({ from: listener.port, to: lastPort(listener) }, PORT_CLASSES.dynamic))
        return undefined;
    const owner = listener.endPort === undefined ? ownerOf(listener, identify(listener.identity)) : undefined;
    const product = owner === undefined ? undefined : productByKey(owner)?.label;
    return product ? listenerFinding("no-dynamic-port", "ownPort", listener, { product }) : listenerFinding("no-dynamic-port", "dynamic", listener, {});
}
export function noDynamicPort(listeners) {
    return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener) : undefined));
}
