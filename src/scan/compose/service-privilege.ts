// What decides whether a compose service may bind a port below 1024, and which network namespace
// its container ports live in. Facts (syntax.md §1.7–1.8): `user` absent = the image's user
// (unknown here); uid 0 / `root` = root; `cap_add` accepts NET_BIND_SERVICE or CAP_NET_BIND_SERVICE
// in any case; `sysctls` map or list; with `network_mode: host` the container shares the host's
// namespace, where Docker's ip_unprivileged_port_start=0 default does not apply and net.* sysctls
// are refused, so a declared one is ignored there.
import type { Privilege, UserKind } from "../../core/listener.js";
import { valueOf, type Field } from "./field.js";
import type { KeyValue, ServiceModel } from "./read-service.js";

export const UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";

export interface ServiceNetwork {
  privilege: Privilege;
  /** Scope of the container's own ports: its namespace, or the project's for host networking. */
  containerScope: string;
  hostNetwork: boolean;
}

export function serviceNetwork(service: ServiceModel, project: string): ServiceNetwork {
  const mode = service.networkMode ? valueOf(service.networkMode) : undefined;
  const hostNetwork = mode === "host";
  const privilege: Privilege = { user: userKind(service.user), capAdd: capabilities(service), network: hostNetwork ? "host" : "own" };
  const start = hostNetwork ? undefined : sysctlNumber(service.sysctls.get(UNPRIVILEGED_PORT_START));
  if (start !== undefined) privilege.unprivilegedPortStart = start;
  return { privilege, containerScope: containerScope(mode, service.name, project), hostNetwork };
}

/** `service:db` and `container:x` join another namespace: ports there share its port space. */
function containerScope(mode: string | undefined, service: string, project: string): string {
  if (mode === "host") return `compose:${project}`;
  if (mode?.startsWith("service:")) return `compose:${project}:${mode.slice("service:".length)}`;
  if (mode?.startsWith("container:")) return `compose:${project}:${mode}`;
  return `compose:${project}:${service}`;
}

/** `uid[:gid]` or `name[:group]`: 0 and root are root, any other uid or name is not. */
export function userKind(user: Field | undefined): UserKind {
  if (!user) return "unknown";
  const value = valueOf(user);
  if (value === undefined || (user.result.ok && user.result.unset.length > 0)) return "unknown";
  const name = value.split(":")[0]?.trim() ?? "";
  if (name === "") return "unknown";
  return name === "root" || /^0+$/.test(name) ? "root" : "non-root";
}

/** Upper case without `CAP_`; `privileged: true` grants every capability (moby oci/caps). */
function capabilities(service: ServiceModel): string[] {
  const caps = service.capAdd.flatMap((field) => {
    const value = valueOf(field);
    return value ? [value.trim().toUpperCase().replace(/^CAP_/, "")] : [];
  });
  if (service.privileged && !caps.includes("ALL")) caps.push("ALL");
  return [...new Set(caps)];
}

function sysctlNumber(item: KeyValue | undefined): number | undefined {
  const text = item?.field ? valueOf(item.field)?.slice(item.valueFrom) : item?.inherited?.value;
  return text !== undefined && /^\s*\d+\s*$/.test(text) ? Number(text) : undefined;
}
