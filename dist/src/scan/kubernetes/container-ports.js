// Listeners of one workload's containers. All containers of a pod share one network namespace,
// so their ports share the pod's scope; a pod's hostPorts share another, the pod's share of its
// node (the API server refuses one hostPort twice in a pod). Pods of different workloads are
// spread over nodes by the scheduler, so their host ports are never compared here; only a
// DaemonSet's are, at the end of the scan (node-ports.ts). Init containers run one after another
// before the app starts, so each gets a scope of its own, except sidecars (`restartPolicy:
// Always`), which run beside the app containers (kubernetes/api core/v1 Container.RestartPolicy).
// Each ports entry is read as the API server validates it (pkg/apis/core/validation
// validateContainerPorts, pkg/api/pod/warnings.go).
import { isMap } from "yaml";
import { originOf } from "../file-context.js";
import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
import { hostPortFinding, hostNetworkFinding } from "./exposure.js";
import { emptyPort, invalidPortName, kubernetesFinding, notAPort } from "./findings.js";
import { isKnative, knativeFindings } from "./knative.js";
import { portNameProblem } from "./port-name.js";
import { fieldAt, portField } from "./port-value.js";
import { portsInArgs } from "./listen-args.js";
import { probeFindings } from "./probes.js";
import { protocolAt } from "./protocol.js";
import { privilegeOf } from "./security-context.js";
function containerSlots(template, podScope, ydoc) {
    const slots = seqItems(mapGet(template.spec, "containers", ydoc), ydoc).map((node) => ({ node, scope: podScope }));
    for (const node of seqItems(mapGet(template.spec, "initContainers", ydoc), ydoc)) {
        const sidecar = stringAt(node, "restartPolicy", ydoc) === "Always";
        const name = stringAt(node, "name", ydoc) ?? "?";
        slots.push({ node, scope: sidecar ? podScope : `${podScope}/init:${name}` });
    }
    return slots;
}
/**
 * Fields in the order every front end writes them (port, protocol, role, source, identity,
 * privilege, origin, then the optional ones), so that the checks see one listener shape.
 */
function podListener(port, protocol, role, identity, privilege, origin, scope, hostIp) {
    const listener = { port, protocol, role, source: "kubernetes", identity, privilege, origin, scope };
    if (hostIp)
        listener.hostIp = hostIp;
    return listener;
}
export function podScopeOf(object, file) {
    return `k8s:${file.path}#${object.key}:${object.kind}/${object.name}`;
}
export function workloadPorts(object, template, file, policy) {
    const { ydoc } = object;
    const podScope = podScopeOf(object, file);
    const out = { listeners: [], findings: [], declared: [], boundInArgs: [], nodePorts: [] };
    const hostNetwork = hostNetworkFinding(template, file, policy);
    if (hostNetwork)
        out.findings.push(hostNetwork);
    const knative = isKnative(object);
    // The entries of the app containers that declare a port, for Knative's one-port rules.
    const served = [];
    const probed = [];
    for (const slot of containerSlots(template, podScope, ydoc)) {
        const containerName = stringAt(slot.node, "name", ydoc);
        const ctx = {
            file,
            ydoc,
            policy,
            template,
            slot,
            privilege: privilegeOf(template, slot.node, ydoc),
            owner: containerName ? `container ${containerName}` : "this container",
            out,
            seen: new Map(),
            names: new Map(),
        };
        const own = [];
        const image = stringAt(slot.node, "image", ydoc);
        // What every port of this container is known by; each entry adds its own port name.
        const base = { ...(containerName ? { name: containerName } : {}), ...(image ? { image } : {}) };
        for (const entry of seqItems(mapGet(slot.node, "ports", ydoc), ydoc)) {
            const declared = readEntry(entry, ctx, base);
            if (!declared)
                continue;
            own.push(declared);
            if (knative && slot.scope === podScope)
                served.push(entry);
        }
        out.declared.push(...own);
        probed.push({ slot, own, owner: ctx.owner });
    }
    // Probes go to the pod's IP: the containers running beside each other serve each other's numbers.
    const beside = probed.filter(({ slot }) => slot.scope === podScope);
    const podPorts = beside.flatMap(({ own }) => own);
    const bound = new Set(beside.flatMap(({ slot }) => portsInArgs(slot.node, ydoc)));
    for (const { slot, own, owner } of probed) {
        const reachable = slot.scope === podScope ? { own, pod: podPorts, bound } : { own, pod: own, bound: new Set(portsInArgs(slot.node, ydoc)) };
        out.findings.push(...probeFindings(slot.node, reachable, owner, file, ydoc));
    }
    out.boundInArgs = [...bound];
    if (knative)
        out.findings.push(...knativeFindings(served, file, ydoc));
    return out;
}
/** One `ports` entry: its listeners and findings, and the port it declares (if any). */
function readEntry(entry, ctx, base) {
    const { file, ydoc, out } = ctx;
    if (!isMap(entry)) {
        const span = spanOf(entry);
        out.findings.push(kubernetesFinding(file, span, "valid-port", "missingPort", { has: `only the value ${file.text.slice(...span)}`, field: "containerPort" }));
        return undefined;
    }
    const portName = readName(entry, ctx);
    const identity = portName ? { ...base, portName } : base;
    const protocol = protocolAt(entry, ydoc);
    const container = containerPortOf(entry, ctx);
    if (container !== undefined) {
        const origin = originOf(file, container.span);
        const listener = podListener(container.port, protocol, "container", identity, ctx.privilege, origin, ctx.slot.scope);
        out.listeners.push(listener);
        if (ctx.template.hostNetwork)
            out.nodePorts.push(listener);
        repeatedDeclaration(listener, container.span, ctx);
    }
    readHostPort(entry, ctx, protocol, identity, container?.port);
    return container && { port: container.port, protocol, identity, ...(portName ? { name: portName } : {}) };
}
/** `name`: a valid IANA service name, once per container. */
function readName(entry, ctx) {
    const { file, ydoc, out } = ctx;
    const value = portField(entry, "name", ydoc, file.text);
    // A number (`name: 8080`) is no name either: the API server wants a string with a letter.
    if (value.kind !== "name" && value.kind !== "number")
        return undefined;
    const name = value.kind === "name" ? value.name : String(value.port);
    const problem = portNameProblem(name);
    if (problem)
        out.findings.push(invalidPortName(file, "Port name", name, problem, value.span));
    const line = file.lines.linePos(value.span[0]).line;
    const first = ctx.names.get(name);
    if (first === undefined)
        ctx.names.set(name, line);
    else
        out.findings.push(kubernetesFinding(file, value.span, "valid-port", "duplicatePortName", { value: `"${name}"`, otherLine: first, owner: ctx.owner }));
    return name;
}
function containerPortOf(entry, ctx) {
    const { file, ydoc, out } = ctx;
    const value = portField(entry, "containerPort", ydoc, file.text);
    switch (value.kind) {
        case "number":
            // 0 passes YAML but not the API ("must be between 1 and 65535"): it names no port.
            if (value.quoted || value.port === 0)
                out.findings.push(notAPort(file, "containerPort", value));
            return value.port === 0 ? undefined : value;
        case "name":
        case "invalid":
            out.findings.push(notAPort(file, "containerPort", value));
            return undefined;
        case "absent":
            out.findings.push(value.span ? emptyPort(file, "containerPort", value.span) : missingContainerPort(entry, ctx));
            return undefined;
        case "unknown":
            return undefined;
    }
}
/** A `ports` entry without containerPort: the API server refuses it (`containerPort: Required value`). */
function missingContainerPort(entry, ctx) {
    const { file, ydoc } = ctx;
    const host = fieldAt(entry, "hostPort", ydoc);
    const first = isMap(entry) ? entry.items[0]?.key : undefined;
    const span = host?.keySpan ?? (first ? spanOf(first) : spanOf(entry));
    const has = host ? `a hostPort` : fieldAt(entry, "name", ydoc) ? "a name" : "no port";
    return kubernetesFinding(file, span, "valid-port", "missingPort", { has, field: "containerPort" });
}
/** One container declaring the same containerPort/protocol twice: the API server's "duplicate port definition" warning. */
function repeatedDeclaration(listener, span, ctx) {
    const key = `${listener.port}/${listener.protocol}`;
    const first = ctx.seen.get(key);
    if (first === undefined) {
        ctx.seen.set(key, listener.origin.line);
        return;
    }
    ctx.out.findings.push(kubernetesFinding(ctx.file, span, "no-duplicate-port", "declaredTwice", { subject: `Port ${listener.port}`, protocol: listener.protocol, owner: ctx.owner, otherLine: first }, { port: listener.port, severity: "warning" }));
}
/** `hostPort` (0 or null: not set) and the `hostIP` it binds; on the host network it must equal containerPort. */
function readHostPort(entry, ctx, protocol, identity, containerPort) {
    const { file, ydoc, out, template } = ctx;
    const value = portField(entry, "hostPort", ydoc, file.text);
    if (value.kind === "name" || value.kind === "invalid" || (value.kind === "number" && value.quoted))
        out.findings.push(notAPort(file, "hostPort", value));
    const host = value.kind === "number" && value.port !== 0 ? value : undefined;
    const hostIp = portField(entry, "hostIP", ydoc, file.text);
    const hostIpText = hostIp.kind === "name" ? hostIp.name : undefined;
    if (!host) {
        // Without a containerPort the entry is reported as incomplete already.
        if (hostIp.kind === "name" && value.kind !== "unknown" && containerPort !== undefined) {
            out.findings.push(kubernetesFinding(file, hostIp.span, "valid-port", "hostIpWithoutHostPort", { value: hostIp.name }, { severity: "warning", port: containerPort }));
        }
        return;
    }
    const forbidden = hostPortFinding(host.port, host.span, file, ctx.policy);
    if (forbidden)
        out.findings.push(forbidden);
    // On the host network the hostPort is the containerPort's own socket, already listed.
    if (template.hostNetwork && host.port === containerPort)
        return;
    const listener = podListener(host.port, protocol, "published", identity, ctx.privilege, originOf(file, host.span), `${ctx.slot.scope}#host`, hostIpText);
    out.listeners.push(listener);
    out.nodePorts.push(listener);
}
function spanOf(node) {
    const [start, end] = node.range ?? [0, 0];
    return [start, end];
}
