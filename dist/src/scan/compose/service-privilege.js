import { valueOf } from "./field.js";
export const UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";
export function serviceNetwork(service, project) {
    const mode = service.networkMode ? valueOf(service.networkMode) : undefined;
    const hostNetwork = mode === "host";
    const privilege = { user: userKind(service.user), capAdd: capabilities(service), network: hostNetwork ? "host" : "own" };
    const start = hostNetwork ? undefined : sysctlNumber(service.sysctls.get(UNPRIVILEGED_PORT_START));
    if (start !== undefined)
        privilege.unprivilegedPortStart = start;
    return { privilege, containerScope: containerScope(mode, service.name, project), hostNetwork };
}
/** `service:db` and `container:x` join another namespace: ports there share its port space. */
function containerScope(mode, service, project) {
    if (mode === "host")
        return `compose:${project}`;
    if (mode?.startsWith("service:"))
        return `compose:${project}:${mode.slice("service:".length)}`;
    if (mode?.startsWith("container:"))
        return `compose:${project}:${mode}`;
    return `compose:${project}:${service}`;
}
/** `uid[:gid]` or `name[:group]`: 0 and root are root, any other uid or name is not. */
export function userKind(user) {
    if (!user)
        return "unknown";
    const value = valueOf(user);
    if (value === undefined || (user.result.ok && user.result.unset.length > 0))
        return "unknown";
    const name = value.split(":")[0]?.trim() ?? "";
    if (name === "")
        return "unknown";
    return name === "root" || /^0+$/.test(name) ? "root" : "non-root";
}
/** Upper case without `CAP_`; `privileged: true` grants every capability (moby oci/caps). */
function capabilities(service) {
    const caps = service.capAdd.flatMap((field) => {
        const value = valueOf(field);
        return value ? [value.trim().toUpperCase().replace(/^CAP_/, "")] : [];
    });
    if (service.privileged && !caps.includes("ALL"))
        caps.push("ALL");
    return [...new Set(caps)];
}
function sysctlNumber(item) {
    const text = item?.field ? valueOf(item.field)?.slice(item.valueFrom) : item?.inherited?.value;
    return text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}
