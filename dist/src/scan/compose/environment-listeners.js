import { classifyEnvPortKey, envPortValue, isPortEnvKey } from "../env-port-key.js";
import { originAt } from "../positions.js";
import { interpolationFinding, outOfRange, unset } from "./compose-findings.js";
import { place, valueOf } from "./field.js";
export function environmentListeners(service, ctx) {
    const out = { listeners: [], findings: [] };
    const valueOfKey = (key) => {
        const item = service.environment.get(key);
        return item?.field ? valueOf(item.field)?.slice(item.valueFrom) : item?.inherited?.value;
    };
    for (const item of service.environment.values()) {
        if (isPortEnvKey(item.key))
            environmentItem(item, ctx, valueOfKey, out);
    }
    return out;
}
function environmentItem(item, ctx, valueOfKey, out) {
    const found = valueAndPlace(item, out);
    if (!found)
        return;
    const parsed = envPortValue(found.value.trim());
    if (parsed.kind === "none")
        return;
    if (parsed.kind === "out-of-range")
        return void out.findings.push(outOfRange(found.placed.origin, found.value.trim()));
    const remote = classifyEnvPortKey(item.key, { services: [ctx.identity], valueOf: valueOfKey }) === "remote";
    const listener = {
        port: parsed.port,
        protocol: "tcp",
        role: remote ? "remote" : "env",
        source: "compose",
        // A remote port is another service's: this service's image says nothing about who listens there.
        identity: remote ? { envKey: item.key } : { ...ctx.identity, envKey: item.key },
        privilege: ctx.privilege,
        origin: found.placed.origin,
    };
    if (ctx.profiles && ctx.profiles.length > 0)
        listener.profiles = ctx.profiles;
    out.listeners.push(listener);
}
function valueAndPlace(item, out) {
    if (item.inherited) {
        const { value, keyNode, file } = item.inherited;
        if (value === undefined)
            return undefined;
        const [start, end] = keyNode.range ?? [0, 0];
        return { value, placed: { origin: originAt(file.path, file.lines, start, end), fallback: false, unset: [] } };
    }
    const field = item.field;
    if (!field)
        return undefined;
    if (!field.result.ok)
        return void out.findings.push(...interpolationFinding(field));
    const text = field.result.value;
    const leading = text.length - text.slice(item.valueFrom).trimStart().length;
    const trailing = text.trimEnd().length;
    const placed = place(field, Math.min(leading, trailing), Math.max(leading, trailing));
    if (placed.unset.length > 0) {
        for (const variable of new Set(placed.unset))
            out.findings.push(unset(field, variable, false));
        return undefined;
    }
    return { value: text.slice(item.valueFrom), placed };
}
