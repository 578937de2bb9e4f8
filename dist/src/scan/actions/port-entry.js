import { UNKNOWN_PRIVILEGE } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { parsePortSpec } from "../compose/parse-port-spec.js";
import { originOf } from "../file-context.js";
import { scalarSpan, scalarValue } from "../yaml.js";
export function portEntry(node, context) {
    const { file } = context;
    const value = scalarValue(node);
    if (typeof value !== "string" && typeof value !== "number")
        return { listeners: [], findings: [] };
    const raw = String(value);
    if (raw.includes("${{"))
        return { listeners: [], findings: [] };
    const span = (from, to) => originOf(file, scalarSpan(node, file.text, from, to));
    const parsed = parsePortSpec(raw);
    if (!parsed.ok) {
        const token = raw.slice(parsed.start, parsed.end);
        const finding = parsed.code === "out-of-range"
            ? makeFinding("valid-port", "outOfRange", { value: token }, span(parsed.start, parsed.end), { source: "actions", port: Number(token.split("-")[0]) })
            : makeFinding("valid-port", "malformed", { value: `"${raw}"`, reason: parsed.error }, span(parsed.start, parsed.end), { source: "actions" });
        return { listeners: [], findings: [finding] };
    }
    const { spec } = parsed;
    // Fields in the order every front end writes them (port, protocol, role, source, identity,
    // privilege, origin, scope, then endPort and hostIp), so that the checks see few listener shapes.
    const listener = (ports, role, scope) => {
        const made = {
            port: ports.from,
            protocol: spec.protocol,
            role,
            source: "actions",
            identity: context.identity,
            privilege: UNKNOWN_PRIVILEGE,
            origin: span(ports.start, ports.end),
            scope,
        };
        if (ports.to !== ports.from)
            made.endPort = ports.to;
        return made;
    };
    const listeners = [listener(spec.target, "container", context.containerScope)];
    const published = spec.published;
    if (published) {
        const made = listener(published, "published", context.jobScope);
        if (spec.hostIp)
            made.hostIp = spec.hostIp;
        listeners.push(made);
    }
    return { listeners, findings: [] };
}
