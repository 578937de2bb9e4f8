import { envPortValue, isPortEnvKey } from "../dotenv.js";
import { originAt } from "../positions.js";
import { interpolationFinding, outOfRange, unresolved } from "./compose-findings.js";
import { place } from "./field.js";
export function environmentListeners(service, ctx) {
    const out = { listeners: [], findings: [] };
    for (const item of service.environment.values()) {
        if (isPortEnvKey(item.key))
            environmentItem(item, ctx, out);
    }
    return out;
}
function environmentItem(item, ctx, out) {
    const found = valueAndPlace(item, out);
    if (!found)
        return;
    const parsed = envPortValue(found.value.trim());
    if (parsed.kind === "none")
        return;
    if (parsed.kind === "out-of-range")
        return void out.findings.push(outOfRange(found.placed.origin, found.value.trim()));
    const listener = {
        port: parsed.port,
        protocol: "tcp",
        role: "env",
        source: "compose",
        identity: { ...ctx.identity, envKey: item.key },
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
            out.findings.push(unresolved(field, variable));
        return undefined;
    }
    return { value: text.slice(item.valueFrom), placed };
}
