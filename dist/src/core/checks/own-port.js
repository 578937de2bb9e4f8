// A product on its own port: IANA registered the port to it (MySQL on 3306 and 33060), it is the
// product's well-known default (Grafana on 3000), or one of the ports its documentation gives it
// (Pi-hole's DHCP on 67, Jenkins's agents on 50000, TURN on 443 by design). Shared by
// no-registered-port-misuse (no misuse), no-browser-unsafe-port (a non-HTTP protocol of the
// product is on it) and no-ephemeral-port (no ephemeral-range warning: the owner cannot sensibly move
// off its registered port; the IANA dynamic range still counts, since nothing is ever registered there).
import { productByKey, productsOwningName } from "../identity.js";
import { inRange } from "../port-class.js";
import { assignedRecords, deFactoUses } from "../registry.js";
function documents(key, port) {
    const ports = productByKey(key)?.ports ?? [];
    return ports.some((own) => (typeof own === "number" ? own === port : inRange(port, own)));
}
export function isOwnPort(listener, keys) {
    if (keys.size === 0)
        return false;
    const records = assignedRecords(listener.port, listener.protocol);
    if (records.some((record) => productsOwningName(record.name).some((product) => keys.has(product.key))))
        return true;
    if (deFactoUses(listener.port, listener.protocol).some((use) => use.productKey !== undefined && keys.has(use.productKey)))
        return true;
    for (const key of keys)
        if (documents(key, listener.port))
            return true;
    return false;
}
