import type { Finding, Severity } from "../../core/finding.js";
import type { Origin } from "../../core/listener.js";
import { type FileContext } from "../file-context.js";
import type { PortValue, Span } from "./port-value.js";
type Data = Record<string, string | number>;
type RuleId = "valid-port" | "no-duplicate-port";
interface Extras {
    port?: number;
    severity?: Severity;
}
export declare function kubernetesFinding(file: FileContext, span: Span, ruleId: RuleId, messageId: string, data: Data, extras?: Extras): Finding;
/** The same, where the origin was computed while the file was read (Services resolve at the end). */
export declare function kubernetesFindingAt(origin: Origin, ruleId: RuleId, messageId: string, data: Data, extras?: Extras): Finding;
/** An int32 port field holding something else; `field` names it as the manifest does. */
export declare function notAPort(file: FileContext, field: string, value: Exclude<PortValue, {
    kind: "absent" | "unknown";
}>): Finding;
/** `containerPort:` or `port:` left empty or null. */
export declare function emptyPort(file: FileContext, field: string, span: Span): Finding;
export declare function invalidPortName(file: FileContext, field: string, name: string, reason: string, span: Span): Finding;
export {};
