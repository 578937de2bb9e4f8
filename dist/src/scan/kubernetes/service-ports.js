// Listeners of a Service: each `port` (a virtual cluster port, in the Service's own scope), each
// `nodePort` (opened on every node: NodePorts of one directory, one `kubectl apply -f`, share a
// scope, since the API server allocates each once per cluster), and a numeric `targetPort` that no
// selected container declares (otherwise that container's listener already covers it).
// (kubernetes/api core/v1 ServicePort; pkg/apis/core/validation validateServicePort.)
//
// The Service's selector is resolved against the pods of the whole scan (kube-linter
// dangling-service, with exact positions): a named targetPort that no selected pod declares for
// the Service port's protocol is an error (the endpoints controller finds no port: podutil.FindPort),
// a numeric one a warning (the pods may listen without declaring it). A Service that selects no pod
// of the scan says nothing: its pods may live in files not scanned.
import { isMap, isScalar } from "yaml";
import { UNKNOWN_PRIVILEGE } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { mapGet, seqItems } from "../yaml-walk.js";
import { originOf } from "../file-context.js";
import { serviceTypeFinding } from "./exposure.js";
import { emptyPort, invalidPortName, kubernetesFinding, kubernetesFindingAt, notAPort } from "./findings.js";
import { protocolAt } from "./protocol.js";
import { selectPods } from "./pod-index.js";
import { stringMap } from "./pod-template.js";
import { dnsLabelProblem, portNameProblem } from "./port-name.js";
import { portField } from "./port-value.js";
function located(value, field, file, findings) {
    if (value.kind === "number") {
        if (value.quoted || (value.port === 0 && field === "port"))
            findings.push(notAPort(file, field, value));
        return { port: value.port, origin: originOf(file, value.span) };
    }
    if (value.kind === "name" || value.kind === "invalid")
        findings.push(notAPort(file, field, value));
    return undefined;
}
function readTarget(entry, ydoc, file, findings) {
    const value = portField(entry, "targetPort", ydoc, file.text);
    if (value.kind === "number" && !value.quoted) {
        // 0 is defaulted to `port` by the API server, like an absent targetPort.
        return value.port === 0 ? { kind: "none" } : { kind: "number", port: value.port, origin: originOf(file, value.span) };
    }
    if (value.kind === "number") {
        findings.push(quotedTargetPort(value.port, value.span, file));
        return { kind: "none" };
    }
    if (value.kind === "name") {
        const problem = portNameProblem(value.name);
        if (problem) {
            findings.push(invalidPortName(file, "targetPort", value.name, problem, value.span));
            return { kind: "none" };
        }
        return { kind: "name", name: value.name, origin: originOf(file, value.span) };
    }
    // An empty string is defaulted to `port` too; a boolean or a list is not a port.
    if (value.kind === "invalid" && value.what !== "an empty string")
        findings.push(notAPort(file, "targetPort", value));
    return { kind: "none" };
}
function readPortEntry(entry, ydoc, file, findings) {
    // `port: 5432` and `targetPort: 5432` on two lines are one entry: one thing to fix, reported once.
    const entryLine = originOf(file, [entry.range?.[0] ?? 0, entry.range?.[0] ?? 0]).line;
    const inEntry = (value) => ({ ...value, origin: { ...value.origin, entryLine } });
    const target = readTarget(entry, ydoc, file, findings);
    const spec = {
        protocol: protocolAt(entry, ydoc),
        target: target.kind === "number" ? inEntry(target) : target,
        targetPresent: mapGet(entry, "targetPort", ydoc) !== undefined,
    };
    const portValue = portField(entry, "port", ydoc, file.text);
    const port = located(portValue, "port", file, findings);
    if (port && port.port !== 0)
        spec.port = inEntry(port);
    if (portValue.kind === "absent")
        findings.push(portValue.span ? emptyPort(file, "port", portValue.span) : missingPort(entry, file));
    const nodePort = located(portField(entry, "nodePort", ydoc, file.text), "nodePort", file, findings);
    // nodePort 0 asks the API server to allocate one.
    if (nodePort && nodePort.port !== 0)
        spec.nodePort = inEntry(nodePort);
    const portName = portField(entry, "name", ydoc, file.text);
    if (portName.kind === "name")
        spec.portName = portName.name;
    const appProtocol = portField(entry, "appProtocol", ydoc, file.text);
    if (appProtocol.kind === "name")
        spec.appProtocol = appProtocol.name;
    return spec;
}
/** An entry without `port` (`- targetPort: 8080`): the API server requires it; pointed at the entry's first key. */
function missingPort(entry, file) {
    const first = isMap(entry) ? entry.items[0]?.key : undefined;
    const [start, end] = first?.range ?? entry.range ?? [0, 0];
    const key = first && isScalar(first) ? String(first.value) : undefined;
    return kubernetesFinding(file, [start, end], "valid-port", "missingPort", { has: key ? `a ${key}` : "nothing", field: "port" });
}
/** Service port names: DNS labels, unique, and required once there is more than one port. */
function nameFindings(entries, name, ydoc, file) {
    const findings = [];
    const seen = new Map();
    for (const entry of entries) {
        const value = portField(entry, "name", ydoc, file.text);
        if (value.kind === "unknown")
            continue;
        if (value.kind !== "name") {
            // An entry without a port is reported as that already.
            if (entries.length > 1 && value.kind === "absent" && mapGet(entry, "port", ydoc) !== undefined) {
                const start = entry.range?.[0] ?? 0;
                findings.push(kubernetesFinding(file, value.span ?? [start, start], "valid-port", "missingServicePortName", { service: name }));
            }
            continue;
        }
        const problem = dnsLabelProblem(value.name);
        if (problem)
            findings.push(kubernetesFinding(file, value.span, "valid-port", "invalidServicePortName", { value: `"${value.name}"`, reason: problem }));
        const line = file.lines.linePos(value.span[0]).line;
        const first = seen.get(value.name);
        if (first === undefined)
            seen.set(value.name, line);
        else
            findings.push(kubernetesFinding(file, value.span, "valid-port", "duplicatePortName", { value: `"${value.name}"`, otherLine: first, owner: `Service ${name}` }));
    }
    return findings;
}
export function readServiceSpec(service, file, policy) {
    const { ydoc } = service;
    const spec = mapGet(service.node, "spec", ydoc);
    const findings = [];
    const type = portField(spec, "type", ydoc, file.text);
    const forbidden = type.kind === "name" ? serviceTypeFinding(type.name, type.span, file, policy) : undefined;
    if (forbidden)
        findings.push(forbidden);
    const entries = seqItems(mapGet(spec, "ports", ydoc), ydoc);
    findings.push(...nameFindings(entries, service.name, ydoc, file));
    const ports = entries.map((entry) => readPortEntry(entry, ydoc, file, findings));
    const directory = file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".";
    return {
        spec: {
            name: service.name,
            ...(service.namespace ? { namespace: service.namespace } : {}),
            selector: stringMap(mapGet(spec, "selector", ydoc), ydoc),
            scope: `k8s:${file.path}#${service.key}:Service/${service.name}`,
            nodePortScope: `k8s:node-ports:${directory}`,
            ports,
        },
        findings,
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
/** The number a Service port forwards to: its targetPort's, or its own when targetPort is absent. */
function targetNumber(spec) {
    const { target: value } = spec;
    return value.kind === "number" ? value.port : value.kind === "none" && !spec.targetPresent ? spec.port?.port : undefined;
}
/** The container port a Service port forwards to, among the selected pods' declared ports. */
function target(spec, declared) {
    const { target: value, protocol } = spec;
    const number = targetNumber(spec);
    return declared.find((candidate) => candidate.protocol === protocol && (value.kind === "name" ? candidate.name === value.name : candidate.port === number));
}
export function serviceListeners(service, pods) {
    const result = { listeners: [], findings: [] };
    const { scope } = service;
    const selected = selectPods(pods, service.namespace, service.selector);
    const declared = selected.flatMap((pod) => pod.declared);
    for (const entry of service.ports) {
        const { protocol, port, target: targetValue, nodePort } = entry;
        const found = target(entry, declared);
        const identity = serviceIdentity(service, entry, found);
        if (port)
            result.listeners.push(serviceListener(port.port, protocol, "service", identity, port.origin, scope));
        if (targetValue.kind === "number" && !found) {
            result.listeners.push(serviceListener(targetValue.port, protocol, "container", identity, targetValue.origin));
        }
        if (nodePort)
            result.listeners.push(serviceListener(nodePort.port, protocol, "node-port", identity, nodePort.origin, service.nodePortScope));
        const unresolved = selected.length > 0 && !found ? unresolvedTarget(service, entry, selected) : undefined;
        if (unresolved)
            result.findings.push(unresolved);
    }
    return result;
}
/** The selected pods, as the message names them, with the verb: "Deployment web declares", "the 2 selected workloads declare". */
function podsText(selected) {
    return selected.length === 1 ? `${selected[0].workload} declares` : `the ${selected.length} selected workloads declare`;
}
function unresolvedTarget(service, entry, selected) {
    const where = podsText(selected);
    const user = `targetPort of Service ${service.name}`;
    const { target: value } = entry;
    if (value.kind === "name") {
        return kubernetesFindingAt(value.origin, "valid-port", "unknownPortName", { user, value: `"${value.name}"`, where });
    }
    // A number the pods do not declare may still be listened on; pods that declare nothing say
    // nothing, and neither do pods whose command line binds the number.
    if (!selected.some((pod) => pod.declared.length > 0))
        return undefined;
    const number = targetNumber(entry);
    if (selected.some((pod) => number !== undefined && pod.boundInArgs.includes(number)))
        return undefined;
    if (value.kind === "number")
        return kubernetesFindingAt(value.origin, "valid-port", "undeclaredPort", { user, where }, { port: value.port, severity: "warning" });
    if (entry.targetPresent || !entry.port)
        return undefined;
    const defaulted = `Service ${service.name}'s port (no targetPort, so the same number)`;
    return kubernetesFindingAt(entry.port.origin, "valid-port", "undeclaredPort", { user: defaulted, where }, { port: entry.port.port, severity: "warning" });
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
function quotedTargetPort(port, span, file) {
    return makeFinding("valid-port", "malformed", { value: `"${port}"`, reason: "quoted, it is a port name to Kubernetes, and a name needs a letter" }, originOf(file, span), { port, source: "kubernetes" });
}
