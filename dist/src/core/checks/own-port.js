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
    return ownerOf(listener, keys) !== undefined;
}
/** The key of the product among `keys` whose own port the listener is on, if any. */
export function ownerOf(listener, keys) {
    if (keys.size === 0)
        return undefined;
    for (const record of assignedRecords(listener.port, listener.protocol)) {
        const owner = productsOwningName(record.name).find((product) => keys.has(product.key));
        if (owner)
            return owner.key;
    }
    const use = deFactoUses(listener.port, listener.protocol).find((each) => each.productKey !== undefined && keys.has(each.productKey));
    if (use)
        return use.productKey;
    for (const key of keys)
        if (documents(key, listener.port))
            return key;
    return undefined;
}
