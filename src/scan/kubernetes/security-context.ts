// The effective user, capabilities and network of one container. Pod and container
// securityContext merge field by field, the container's value winning (kubernetes/kubernetes
// pkg/securitycontext/util.go DetermineEffectiveSecurityContext); capabilities exist only per
// container, sysctls only per pod. `runAsNonRoot: true` makes the kubelet refuse UID 0, so the
// process is non-root even when no UID is given.
import type { Node } from "yaml";
import type { Privilege, UserKind } from "../../core/listener.js";
import { mapGet, seqItems, stringAt, typedValue, valueAt, type YamlDoc } from "../yaml-walk.js";
import type { PodTemplate } from "./pod-template.js";

const UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";

function field(podContext: unknown, containerContext: unknown, key: string, ydoc: YamlDoc): unknown {
  const own = valueAt(containerContext, key, ydoc);
  if (own !== null && own !== undefined) return own;
  return valueAt(podContext, key, ydoc) ?? undefined;
}

function userOf(podContext: unknown, containerContext: unknown, ydoc: YamlDoc): UserKind {
  const uid = field(podContext, containerContext, "runAsUser", ydoc);
  if (typeof uid === "number") return uid === 0 ? "root" : "non-root";
  if (field(podContext, containerContext, "runAsNonRoot", ydoc) === true) return "non-root";
  return "unknown";
}

function capabilitiesAdded(containerContext: unknown, ydoc: YamlDoc): string[] {
  const added = seqItems(mapGet(mapGet(containerContext, "capabilities", ydoc), "add", ydoc), ydoc);
  return added.flatMap((item) => {
    const value = typedValue(item, ydoc);
    return typeof value === "string" ? [value.toUpperCase().replace(/^CAP_/, "")] : [];
  });
}

/** The pod's `net.ipv4.ip_unprivileged_port_start` sysctl (values are strings in the API). */
function unprivilegedPortStart(podContext: unknown, ydoc: YamlDoc): number | undefined {
  for (const sysctl of seqItems(mapGet(podContext, "sysctls", ydoc), ydoc)) {
    if (stringAt(sysctl, "name", ydoc) !== UNPRIVILEGED_PORT_START) continue;
    const value = Number(stringAt(sysctl, "value", ydoc));
    return Number.isInteger(value) ? value : undefined;
  }
  return undefined;
}

export function privilegeOf(template: PodTemplate, container: Node, ydoc: YamlDoc): Privilege {
  const { hostNetwork, securityContext: podContext } = template;
  const containerContext = mapGet(container, "securityContext", ydoc);
  const privilege: Privilege = {
    user: userOf(podContext, containerContext, ydoc),
    capAdd: capabilitiesAdded(containerContext, ydoc),
    network: hostNetwork ? "host" : "own",
  };
  // net.* sysctls are refused on the host network (kubernetes/website sysctl-cluster.md).
  const start = hostNetwork ? undefined : unprivilegedPortStart(podContext, ydoc);
  if (start !== undefined) privilege.unprivilegedPortStart = start;
  return privilege;
}
