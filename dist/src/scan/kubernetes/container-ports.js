import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
import { originOf } from "../file-context.js";
import { protocolAt } from "./protocol.js";
import { readIntPort } from "./port-value.js";
import { privilegeOf } from "./security-context.js";
export const NODE_SCOPE = "k8s:node";
function containerSlots(template, podScope, ydoc) {
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
function podListener(port, protocol, role, identity, privilege, origin, scope) {
    return { port, protocol, role, source: "kubernetes", identity, privilege, origin, scope };
}
export function workloadPorts(object, template, file) {
    const { ydoc } = object;
    const podScope = `k8s:${file.path}:${object.kind}/${object.name}`;
    const { hostNetwork } = template;
    const result = { listeners: [], declared: [] };
    for (const slot of containerSlots(template, podScope, ydoc)) {
        const privilege = privilegeOf(template, slot.node, ydoc);
        const containerName = stringAt(slot.node, "name", ydoc);
        const image = stringAt(slot.node, "image", ydoc);
        for (const entry of seqItems(mapGet(slot.node, "ports", ydoc), ydoc)) {
            const portName = stringAt(entry, "name", ydoc);
            const identity = {
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
            if (!host || host.port === 0 || (hostNetwork && host.port === container?.port))
                continue;
            result.listeners.push(podListener(host.port, protocol, "published", identity, privilege, originOf(file, host.span), NODE_SCOPE));
        }
    }
    return result;
}
