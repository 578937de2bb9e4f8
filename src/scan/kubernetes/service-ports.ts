// Listeners of a Service: each `port` (a virtual cluster port, in the Service's own scope), each
// `nodePort` (opened on every node, so in the node scope), and a numeric `targetPort` that no
// selected container declares (otherwise that container's listener already covers it). A named
// targetPort is looked up in the selected pods' container port names; an unknown name is not an
// error, the pods may live in files not scanned. (kubernetes/api core/v1 ServicePort.)
import type { Node } from "yaml";
import { UNKNOWN_PRIVILEGE, type Listener, type ListenerRole, type Origin, type Protocol, type ServiceIdentity } from "../../core/listener.js";
import type { Finding } from "../../core/finding.js";
import { makeFinding } from "../../core/make-finding.js";
import { mapGet, seqItems, stringAt, type YamlDoc } from "../yaml-walk.js";
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

type Located = { port: number; origin: Origin };

/** One `spec.ports` entry, read; only the selected pods (known at the end of the scan) are missing. */
interface ServicePortSpec {
  protocol: Protocol;
  port?: Located;
  target: { kind: "number"; port: number; origin: Origin } | { kind: "name"; name: string } | { kind: "unknown" };
  /** An absent targetPort means the same number as `port`. */
  targetPresent: boolean;
  nodePort?: Located;
  portName?: string;
  appProtocol?: string;
  quotedTarget?: Finding;
}

/**
 * A Service as read from its manifest. Services wait for every pod of the scan; holding this
 * instead of the parsed document lets each file's YAML tree go as soon as the file is read
 * (2,000 held Service documents were ~26 MB and most of the scan's GC time in bench:scan).
 */
export interface ServiceSpec {
  name: string;
  namespace?: string;
  selector: ReadonlyMap<string, string>;
  scope: string;
  ports: ServicePortSpec[];
}

/** The container port a Service port forwards to; an absent targetPort means the same number as `port`. */
function target(spec: ServicePortSpec, declared: readonly DeclaredPort[]): DeclaredPort | undefined {
  const { target: value, protocol } = spec;
  const matches = (candidate: DeclaredPort): boolean => {
    if (candidate.protocol !== protocol) return false;
    if (value.kind === "number") return candidate.port === value.port;
    if (value.kind === "name") return candidate.name === value.name;
    return !spec.targetPresent && candidate.port === spec.port?.port;
  };
  return declared.find(matches);
}

function located(value: { port: number; span: [number, number] } | undefined, file: FileContext): Located | undefined {
  return value && { port: value.port, origin: originOf(file, value.span) };
}

function readPortEntry(entry: Node, ydoc: YamlDoc, file: FileContext): ServicePortSpec {
  const targetNode = mapGet(entry, "targetPort", ydoc);
  const value = readPortValue(targetNode, ydoc, file.text);
  const spec: ServicePortSpec = {
    protocol: protocolAt(entry, ydoc),
    target:
      value.kind === "number" ? { kind: "number", port: value.port, origin: originOf(file, value.span) } : value.kind === "name" ? { kind: "name", name: value.name } : value,
    targetPresent: targetNode !== undefined,
  };
  const port = located(readIntPort(mapGet(entry, "port", ydoc), ydoc, file.text), file);
  if (port) spec.port = port;
  const nodePort = located(readIntPort(mapGet(entry, "nodePort", ydoc), ydoc, file.text), file);
  if (nodePort) spec.nodePort = nodePort;
  const portName = stringAt(entry, "name", ydoc);
  if (portName) spec.portName = portName;
  const appProtocol = stringAt(entry, "appProtocol", ydoc);
  if (appProtocol) spec.appProtocol = appProtocol;
  if (value.kind === "name" && value.quotedDigits) spec.quotedTarget = quotedTargetPort(value, file);
  return spec;
}

export function readServiceSpec(service: KubeObject, file: FileContext): ServiceSpec {
  const { ydoc } = service;
  const spec = mapGet(service.node, "spec", ydoc);
  return {
    name: service.name,
    ...(service.namespace ? { namespace: service.namespace } : {}),
    selector: stringMap(mapGet(spec, "selector", ydoc), ydoc),
    scope: `k8s:${file.path}:Service/${service.name}`,
    ports: seqItems(mapGet(spec, "ports", ydoc), ydoc).map((entry) => readPortEntry(entry, ydoc, file)),
  };
}

/**
 * Fields in the order every front end writes them (port, protocol, role, source, identity,
 * privilege, origin, scope), so that the checks see few listener shapes.
 */
function serviceListener(port: number, protocol: Protocol, role: ListenerRole, identity: ServiceIdentity, origin: Origin, scope?: string): Listener {
  return scope === undefined
    ? { port, protocol, role, source: "kubernetes", identity, privilege: UNKNOWN_PRIVILEGE, origin }
    : { port, protocol, role, source: "kubernetes", identity, privilege: UNKNOWN_PRIVILEGE, origin, scope };
}

export function serviceListeners(service: ServiceSpec, pods: PodIndex): ServiceResult {
  const result: ServiceResult = { listeners: [], findings: [] };
  const { scope } = service;
  const declared = selectPods(pods, service.namespace, service.selector).flatMap((pod) => pod.declared);
  for (const entry of service.ports) {
    const { protocol, port, target: targetValue, nodePort } = entry;
    const selected = target(entry, declared);
    const identity = serviceIdentity(service, entry, selected);
    if (port) result.listeners.push(serviceListener(port.port, protocol, "service", identity, port.origin, scope));
    if (targetValue.kind === "number" && !selected) {
      result.listeners.push(serviceListener(targetValue.port, protocol, "container", identity, targetValue.origin));
    }
    if (entry.quotedTarget) result.findings.push(entry.quotedTarget);
    // nodePort 0 asks the API server to allocate one.
    if (nodePort && nodePort.port !== 0) {
      result.listeners.push(serviceListener(nodePort.port, protocol, "node-port", identity, nodePort.origin, NODE_SCOPE));
    }
  }
  return result;
}

function serviceIdentity(service: ServiceSpec, entry: ServicePortSpec, selected: DeclaredPort | undefined): ServiceIdentity {
  const { portName, appProtocol } = entry;
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
    { value: `"${value.name}"`, reason: "quoted, it is a port name to Kubernetes, and a name needs a letter" },
    originOf(file, value.span),
    { port: Number(value.name), source: "kubernetes" },
  );
}
