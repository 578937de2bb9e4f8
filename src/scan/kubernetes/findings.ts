// The findings the Kubernetes front end makes itself, on the token at fault: values the API server
// refuses or warns about (issue 11, issue 13 "invalid shapes"), names nothing declares, and the
// policy's exposure switches. Checks of real ports happen in the core.
import type { Finding, Severity } from "../../core/finding.js";
import type { Origin } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { describeClass, isValidPort } from "../../core/port-class.js";
import { originOf, type FileContext } from "../file-context.js";
import type { PortValue, Span } from "./port-value.js";

const SOURCE = { source: "kubernetes" } as const;

type Data = Record<string, string | number>;

type RuleId = "valid-port" | "no-duplicate-port";

interface Extras {
  port?: number;
  severity?: Severity;
}

export function kubernetesFinding(file: FileContext, span: Span, ruleId: RuleId, messageId: string, data: Data, extras: Extras = {}): Finding {
  return kubernetesFindingAt(originOf(file, span), ruleId, messageId, data, extras);
}

/** The same, where the origin was computed while the file was read (Services resolve at the end). */
export function kubernetesFindingAt(origin: Origin, ruleId: RuleId, messageId: string, data: Data, extras: Extras = {}): Finding {
  const port = extras.port;
  const withClass = port !== undefined && isValidPort(port) && !("class" in data) ? { ...data, port, class: describeClass(port) } : data;
  return makeFinding(ruleId, messageId, withClass, origin, { ...SOURCE, ...extras });
}

/** What a value is instead of a port, as the message says it: `"http"`, `true (a boolean)`. */
function what(value: Exclude<PortValue, { kind: "absent" | "unknown" }>): string {
  if (value.kind === "invalid") return value.what;
  if (value.kind === "name") return `"${value.name}"`;
  if (value.quoted) return `"${value.port}" (quoted, so a string)`;
  return String(value.port);
}

/** An int32 port field holding something else; `field` names it as the manifest does. */
export function notAPort(file: FileContext, field: string, value: Exclude<PortValue, { kind: "absent" | "unknown" }>): Finding {
  const port = value.kind === "number" ? value.port : undefined;
  return kubernetesFinding(file, value.span, "valid-port", "notAPort", { field, what: what(value) }, port !== undefined ? { port } : {});
}

/** `containerPort:` or `port:` left empty or null. */
export function emptyPort(file: FileContext, field: string, span: Span): Finding {
  return kubernetesFinding(file, span, "valid-port", "notAPort", { field, what: "empty" });
}

export function invalidPortName(file: FileContext, field: string, name: string, reason: string, span: Span): Finding {
  return kubernetesFinding(file, span, "valid-port", "invalidPortName", { field, value: `"${name}"`, reason });
}
