import { makeFinding } from "../../core/make-finding.js";
import { describeClass, formatRange, isValidPort } from "../../core/port-class.js";
import { spanOrigin, variableOrigin } from "./field.js";
const SOURCE = { source: "compose" };
/** `- 2222:22` unquoted: fine in YAML 1.2, a base-60 number in YAML 1.1 (Compose file docs, "ports"). */
export function unquotedBase60(origin, value) {
    return makeFinding("valid-port", "unquotedBase60", { value }, origin, { ...SOURCE, severity: "warning" });
}
/**
 * A spec that does not parse. When an example env file's value made it so, the value is most
 * likely a blank to fill in (`HTTP_PORT=<port>`): a warning that names the file.
 */
export function malformed(origin, value, reason, severity) {
    const example = origin.exampleEnv;
    const extras = severity ?? (example ? "warning" : undefined);
    return makeFinding("valid-port", "malformed", withExample({ value, reason }, origin), origin, extras ? { ...SOURCE, severity: extras } : SOURCE);
}
/** The finding carries the number as its port when the value is a single one (`70000`). */
export function outOfRange(origin, value) {
    return makeFinding("valid-port", "outOfRange", withExample({ value }, origin), origin, /^\d+$/.test(value) ? { ...SOURCE, port: Number(value) } : SOURCE);
}
function withExample(data, origin) {
    return origin.exampleEnv ? { ...data, exampleEnv: origin.exampleEnv } : data;
}
/**
 * A variable without default that is not set. Compose warns and substitutes an empty string
 * (compose-go template.go), so this is a warning, not an error: in the host-port field the
 * port is then published on a random host port; elsewhere the value cannot be checked.
 */
export function unset(field, variable, hostPort) {
    const messageId = hostPort ? "unsetHostPort" : "unset";
    return makeFinding("valid-port", messageId, { value: field.raw, variable }, variableOrigin(field, variable), { ...SOURCE, severity: "warning" });
}
/** A field whose interpolation failed: `${VAR:?msg}` unset (unresolved, an error: Compose stops) or an invalid `${...}` (malformed). */
export function interpolationFinding(field) {
    const { result } = field;
    if (result.ok)
        return [];
    const origin = spanOrigin(field, result.start, result.end, false);
    if (result.kind === "required" && result.variable !== undefined) {
        return [makeFinding("valid-port", "unresolved", { value: field.raw, variable: result.variable, detail: result.error }, origin, SOURCE)];
    }
    return [malformed(origin, field.raw, result.error)];
}
/**
 * `publish.requireHostIp`: an entry that names no host address publishes on every interface.
 * `host` is the published port or range; absent, the engine picks a random host port.
 */
export function hostIpRequired(origin, container, host, fix) {
    const port = host?.from ?? container;
    const data = { fix, ...(isValidPort(port) ? { class: describeClass(port) } : {}) };
    if (!host)
        return makeFinding("valid-port", "hostIpRequiredRandom", { ...data, port }, origin, { ...SOURCE, port });
    const subject = host.from === host.to ? `Port ${host.from}` : `Port range ${formatRange(host)}`;
    return makeFinding("valid-port", "hostIpRequired", { ...data, subject, port }, origin, { ...SOURCE, port });
}
