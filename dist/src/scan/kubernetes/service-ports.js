import { UNKNOWN_PRIVILEGE } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
import { NODE_SCOPE } from "./container-ports.js";
import { originOf } from "../file-context.js";
import { protocolAt } from "./protocol.js";
import { selectPods } from "./pod-index.js";
import { stringMap } from "./pod-template.js";
import { readIntPort, readPortValue } from "./port-value.js";
/** The container port a Service port forwards to; an absent targetPort means the same number as `port`. */
function target(spec, declared) {
    const { target: value, protocol } = spec;
    const matches = (candidate) => {
        if (candidate.protocol !== protocol)
            return false;
        if (value.kind === "number")
            return candidate.port === value.port;
        if (value.kind === "name")
            return candidate.name === value.name;
        return !spec.targetPresent && candidate.port === spec.port?.port;
    };
    return declared.find(matches);
}
function located(value, file) {
    return value && { port: value.port, origin: originOf(file, value.span) };
}
function readPortEntry(entry, ydoc, file) {
    const targetNode = mapGet(entry, "targetPort", ydoc);
    const value = readPortValue(targetNode, ydoc, file.text);
    const spec = {
        protocol: protocolAt(entry, ydoc),
        target: value.kind === "number" ? { kind: "number", port: value.port, origin: originOf(file, value.span) } : value.kind === "name" ? { kind: "name", name: value.name } : value,
        targetPresent: targetNode !== undefined,
    };
    const port = located(readIntPort(mapGet(entry, "port", ydoc), ydoc, file.text), file);
    if (port)
        spec.port = port;
    const nodePort = located(readIntPort(mapGet(entry, "nodePort", ydoc), ydoc, file.text), file);
    if (nodePort)
        spec.nodePort = nodePort;
    const portName = stringAt(entry, "name", ydoc);
    if (portName)
        spec.portName = portName;
    const appProtocol = stringAt(entry, "appProtocol", ydoc);
    if (appProtocol)
        spec.appProtocol = appProtocol;
    if (value.kind === "name" && value.quotedDigits)
        spec.quotedTarget = quotedTargetPort(value, file);
    return spec;
}
export function readServiceSpec(service, file) {
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
function serviceListener(port, protocol, role, identity, origin, scope) {
    return scope === undefined
        ? { port, protocol, role, source: "kubernetes", identity, privilege: UNKNOWN_PRIVILEGE, origin }
        : { port, protocol, role, source: "kubernetes", identity, privilege: UNKNOWN_PRIVILEGE, origin, scope };
}
export function serviceListeners(service, pods) {
    const result = { listeners: [], findings: [] };
    const { scope } = service;
    const declared = selectPods(pods, service.namespace, service.selector).flatMap((pod) => pod.declared);
    for (const entry of service.ports) {
        const { protocol, port, target: targetValue, nodePort } = entry;
        const selected = target(entry, declared);
        const identity = serviceIdentity(service, entry, selected);
        if (port)
            result.listeners.push(serviceListener(port.port, protocol, "service", identity, port.origin, scope));
        if (targetValue.kind === "number" && !selected) {
            result.listeners.push(serviceListener(targetValue.port, protocol, "container", identity, targetValue.origin));
        }
        if (entry.quotedTarget)
            result.findings.push(entry.quotedTarget);
        // nodePort 0 asks the API server to allocate one.
        if (nodePort && nodePort.port !== 0) {
            result.listeners.push(serviceListener(nodePort.port, protocol, "node-port", identity, nodePort.origin, NODE_SCOPE));
        }
    }
    return result;
}
function serviceIdentity(service, entry, selected) {
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
function quotedTargetPort(value, file) {
    return makeFinding("valid-port", "malformed", { value: `"${value.name}"`, reason: "quoted, it is a port name to Kubernetes, and a name needs a letter" }, originOf(file, value.span), { port: Number(value.name), source: "kubernetes" });
}
