// Listeners of a Service: each `port` (a virtual cluster port, in the Service's own scope), each
// `nodePort` (opened on every node, so in the node scope), and a numeric `targetPort` that no
// selected container declares (otherwise that container's listener already covers it). A named
// targetPort is looked up in the selected pods' container port names; an unknown name is not an
// error, the pods may live in files not scanned. (kubernetes/api core/v1 ServicePort.)
import type { Node } from "yaml";
import { UNKNOWN_PRIVILEGE, type Listener, type Protocol, type ServiceIdentity } from "../../core/listener.js";
import type { Finding } from "../../core/finding.js";
import { makeFinding } from "../../core/make-finding.js";
import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
import { NODE_SCOPE, type DeclaredPort } from "./container-ports.js";
import { originOf, type FileContext } from "../file-context.js";
import { protocolAt } from "./protocol.js";
import type { KubeObject } from "./objects.js";
import { selectPods, type PodIndex } from "./pod-index.js";
import { stringMap } from "./pod-template.js";
import { readIntPort, readPortValue, type PortValue } from "./port-value.js";

export interface ServiceResult {
  listeners: Listener[];
  findings: Finding[];
}

function selectedPorts(service: KubeObject, pods: PodIndex): DeclaredPort[] {
  const selector = stringMap(mapGet(mapGet(service.node, "spec", service.ydoc), "selector", service.ydoc), service.ydoc);
  return selectPods(pods, service.namespace, selector).flatMap((pod) => pod.declared);
}

/** The container port a Service port forwards to; an absent targetPort means the same number as `port`. */
function target(value: PortValue, present: boolean, port: number | undefined, protocol: Protocol, declared: readonly DeclaredPort[]): DeclaredPort | undefined {
  const matches = (candidate: DeclaredPort): boolean => {
    if (candidate.protocol !== protocol) return false;
    if (value.kind === "number") return candidate.port === value.port;
    if (value.kind === "name") return candidate.name === value.name;
    return !present && candidate.port === port;
  };
  return declared.find(matches);
}

export function serviceListeners(service: KubeObject, file: FileContext, pods: PodIndex): ServiceResult {
  const { ydoc } = service;
  const result: ServiceResult = { listeners: [], findings: [] };
  const scope = `k8s:${file.path}:Service/${service.name}`;
  const declared = selectedPorts(service, pods);
  for (const entry of seqItems(mapGet(mapGet(service.node, "spec", ydoc), "ports", ydoc), ydoc)) {
    const protocol = protocolAt(entry, ydoc);
    const port = readIntPort(mapGet(entry, "port", ydoc), ydoc, file.text);
    const targetNode = mapGet(entry, "targetPort", ydoc);
    const targetValue = readPortValue(targetNode, ydoc, file.text);
    const selected = target(targetValue, targetNode !== undefined, port?.port, protocol, declared);
    const identity = serviceIdentity(service, entry, selected);
    const base = { protocol, source: "kubernetes" as const, identity, privilege: UNKNOWN_PRIVILEGE };
    if (port) result.listeners.push({ ...base, port: port.port, role: "service", origin: originOf(file, port.span), scope });
    if (targetValue.kind === "number" && !selected) {
      result.listeners.push({ ...base, port: targetValue.port, role: "container", origin: originOf(file, targetValue.span) });
    }
    if (targetValue.kind === "name" && targetValue.quotedDigits) result.findings.push(quotedTargetPort(targetValue, file));
    const nodePort = readIntPort(mapGet(entry, "nodePort", ydoc), ydoc, file.text);
    // nodePort 0 asks the API server to allocate one.
    if (nodePort && nodePort.port !== 0) {
      result.listeners.push({ ...base, port: nodePort.port, role: "node-port", origin: originOf(file, nodePort.span), scope: NODE_SCOPE });
    }
  }
  return result;
}

function serviceIdentity(service: KubeObject, entry: Node, selected: DeclaredPort | undefined): ServiceIdentity {
  const { ydoc } = service;
  const portName = stringAt(entry, "name", ydoc);
  const appProtocol = stringAt(entry, "appProtocol", ydoc);
  const image = selected?.identity.image;
  return {
    name: service.name,
    ...(image ? { image } : {}),
    ...(portName ? { portName } : {}),
    ...(appProtocol ? { appProtocol } : {}),
  };
}

/** `targetPort: "8080"` is a port *name* to Kubernetes, and a name needs a letter: the API rejects it. */
function quotedTargetPort(value: Extract<PortValue, { kind: "name" }>, file: FileContext): Finding {
  return makeFinding(
    "valid-port",
    "malformed",
    { value: `"${value.name}"`, reason: "a quoted targetPort is a port name to Kubernetes, and a port name needs a letter; remove the quotes" },
    originOf(file, value.span),
    { port: Number(value.name), source: "kubernetes" },
  );
}
