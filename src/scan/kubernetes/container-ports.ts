// Listeners of one workload's containers. All containers of a pod share one network namespace,
// so their ports share the pod's scope; a hostPort (or any port of a hostNetwork pod) is a port
// of the node, shared with every other pod there. Init containers run one after another before
// the app starts, so each gets a scope of its own, except sidecars (`restartPolicy: Always`),
// which run beside the app containers (kubernetes/api core/v1 Container.RestartPolicy).
import type { Node } from "yaml";
import type { Listener, ListenerRole, Origin, Privilege, Protocol, ServiceIdentity } from "../../core/listener.js";
import { mapGet, seqItems, stringAt, type YamlDoc } from "../yaml-walk.js";
import { originOf, type FileContext } from "../file-context.js";
import { protocolAt } from "./protocol.js";
import type { KubeObject } from "./objects.js";
import type { PodTemplate } from "./pod-template.js";
import { readIntPort } from "./port-value.js";
import { privilegeOf } from "./security-context.js";

export const NODE_SCOPE = "k8s:node";

/** A declared container port, for resolving a Service's named targetPort. */
export interface DeclaredPort {
  name?: string;
  port: number;
  protocol: Protocol;
  identity: ServiceIdentity;
}

export interface WorkloadPorts {
  listeners: Listener[];
  declared: DeclaredPort[];
}

interface ContainerSlot {
  node: Node;
  scope: string;
}

function containerSlots(template: PodTemplate, podScope: string, ydoc: YamlDoc): ContainerSlot[] {
  const shared = template.hostNetwork ? NODE_SCOPE : podScope;
  const slots = seqItems(mapGet(template.spec, "containers", ydoc), ydoc).map((node) => ({ node, scope: shared }));
  for (const node of seqItems(mapGet(template.spec, "initContainers", ydoc), ydoc)) {
    const sidecar = stringAt(node, "restartPolicy", ydoc) === "Always";
    const name = stringAt(node, "name", ydoc) ?? "?";
    slots.push({ node, scope: sidecar ? shared : `${podScope}/init:${name}` });
  }
  return slots;
}

/**
 * Fields in the order every front end writes them (port, protocol, role, source, identity,
 * privilege, origin, then the optional ones), so that the checks see one listener shape.
 */
function podListener(port: number, protocol: Protocol, role: ListenerRole, identity: ServiceIdentity, privilege: Privilege, origin: Origin, scope: string): Listener {
  return { port, protocol, role, source: "kubernetes", identity, privilege, origin, scope };
}

export function workloadPorts(object: KubeObject, template: PodTemplate, file: FileContext): WorkloadPorts {
  const { ydoc } = object;
  const podScope = `k8s:${file.path}:${object.kind}/${object.name}`;
  const { hostNetwork } = template;
  const result: WorkloadPorts = { listeners: [], declared: [] };
  for (const slot of containerSlots(template, podScope, ydoc)) {
    const privilege = privilegeOf(template, slot.node, ydoc);
    const containerName = stringAt(slot.node, "name", ydoc);
    const image = stringAt(slot.node, "image", ydoc);
    for (const entry of seqItems(mapGet(slot.node, "ports", ydoc), ydoc)) {
      const portName = stringAt(entry, "name", ydoc);
      const identity: ServiceIdentity = {
        ...(containerName ? { name: containerName } : {}),
        ...(image ? { image } : {}),
        ...(portName ? { portName } : {}),
      };
      const protocol = protocolAt(entry, ydoc);
      const container = readIntPort(mapGet(entry, "containerPort", ydoc), ydoc, file.text);
      if (container) {
        result.listeners.push(podListener(container.port, protocol, "container", identity, privilege, originOf(file, container.span), slot.scope));
        result.declared.push({ port: container.port, protocol, identity, ...(portName ? { name: portName } : {}) });
      }
      const host = readIntPort(mapGet(entry, "hostPort", ydoc), ydoc, file.text);
      // hostPort 0 means "not set"; on the host network it must equal containerPort (same socket).
      if (!host || host.port === 0 || (hostNetwork && host.port === container?.port)) continue;
      result.listeners.push(podListener(host.port, protocol, "published", identity, privilege, originOf(file, host.span), NODE_SCOPE));
    }
  }
  return result;
}
