import { mapGet, seqItems, stringAt, typedValue, valueAt } from "../yaml-walk.js";
const UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";
function field(podContext, containerContext, key, ydoc) {
    const own = valueAt(containerContext, key, ydoc);
    if (own !== null && own !== undefined)
        return own;
    return valueAt(podContext, key, ydoc) ?? undefined;
}
function userOf(podContext, containerContext, ydoc) {
    const uid = field(podContext, containerContext, "runAsUser", ydoc);
    if (typeof uid === "number")
        return uid === 0 ? "root" : "non-root";
    if (field(podContext, containerContext, "runAsNonRoot", ydoc) === true)
        return "non-root";
    return "unknown";
}
function capabilitiesAdded(containerContext, ydoc) {
    const added = seqItems(mapGet(mapGet(containerContext, "capabilities", ydoc), "add", ydoc), ydoc);
    return added.flatMap((item) => {
        const value = typedValue(item, ydoc);
        return typeof value === "string" ? [value.toUpperCase().replace(/^CAP_/, "")] : [];
    });
}
/** The pod's `net.ipv4.ip_unprivileged_port_start` sysctl (values are strings in the API). */
function unprivilegedPortStart(podContext, ydoc) {
    for (const sysctl of seqItems(mapGet(podContext, "sysctls", ydoc), ydoc)) {
        if (stringAt(sysctl, "name", ydoc) !== UNPRIVILEGED_PORT_START)
            continue;
        const value = Number(stringAt(sysctl, "value", ydoc));
        return Number.isInteger(value) ? value : undefined;
    }
    return undefined;
}
export function privilegeOf(template, container, ydoc) {
    const { hostNetwork, securityContext: podContext } = template;
    const containerContext = mapGet(container, "securityContext", ydoc);
    const privilege = {
        user: userOf(podContext, containerContext, ydoc),
        capAdd: capabilitiesAdded(containerContext, ydoc),
        network: hostNetwork ? "host" : "own",
    };
    // net.* sysctls are refused on the host network (kubernetes/website sysctl-cluster.md).
    const start = hostNetwork ? undefined : unprivilegedPortStart(podContext, ydoc);
    if (start !== undefined)
        privilege.unprivilegedPortStart = start;
    return privilege;
}
