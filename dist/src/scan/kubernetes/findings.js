import { makeFinding } from "../../core/make-finding.js";
import { describeClass, isValidPort } from "../../core/port-class.js";
import { originOf } from "../file-context.js";
const SOURCE = { source: "kubernetes" };
export function kubernetesFinding(file, span, ruleId, messageId, data, extras = {}) {
    return kubernetesFindingAt(originOf(file, span), ruleId, messageId, data, extras);
}
/** The same, where the origin was computed while the file was read (Services resolve at the end). */
export function kubernetesFindingAt(origin, ruleId, messageId, data, extras = {}) {
    const port = extras.port;
    const withClass = port !== undefined && isValidPort(port) && !("class" in data) ? { ...data, port, class: describeClass(port) } : data;
    return makeFinding(ruleId, messageId, withClass, origin, { ...SOURCE, ...extras });
}
/** What a value is instead of a port, as the message says it: `"http"`, `true (a boolean)`. */
function what(value) {
    if (value.kind === "invalid")
        return value.what;
    if (value.kind === "name")
        return `"${value.name}"`;
    if (value.quoted)
        return `"${value.port}" (quoted, so a string)`;
    return String(value.port);
}
/** An int32 port field holding something else; `field` names it as the manifest does. */
export function notAPort(file, field, value) {
    const port = value.kind === "number" ? value.port : undefined;
    return kubernetesFinding(file, value.span, "valid-port", "notAPort", { field, what: what(value) }, port !== undefined ? { port } : {});
}
/** `containerPort:` or `port:` left empty or null. */
export function emptyPort(file, field, span) {
    return kubernetesFinding(file, span, "valid-port", "notAPort", { field, what: "empty" });
}
export function invalidPortName(file, field, name, reason, span) {
    return kubernetesFinding(file, span, "valid-port", "invalidPortName", { field, value: `"${name}"`, reason });
}
