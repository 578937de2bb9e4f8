// A product on its own port: IANA registered the port to it (MySQL on 3306 and 33060), it is the
// product's well-known default (Grafana on 3000), or the product takes it over by design (TURN on
// 443). Shared by no-registered-port-misuse (no misuse) and no-dynamic-port (no ephemeral-range
// warning: the owner cannot sensibly move off its registered port; the IANA dynamic range still
// counts, since nothing is ever registered there).
import { productByKey, productsOwningName } from "../identity.js";
import { assignedRecords, deFactoUses } from "../registry.js";
export function isOwnPort(listener, keys) {
    if (keys.size === 0)
        return false;
    const records = assignedRecords(listener.port, listener.protocol);
    if (records.some((record) => productsOwningName(record.name).some((product) => keys.has(product.key))))
        return true;
    if (deFactoUses(listener.port, listener.protocol).some((use) => use.productKey !== undefined && keys.has(use.productKey)))
        return true;
    return [...keys].some((key) => productByKey(key)?.alsoUses?.includes(listener.port));
}
