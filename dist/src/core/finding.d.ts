import type { ListenerSource, Origin, Protocol } from "./listener.js";
import type { RuleId } from "./catalogue.js";
export type Severity = "error" | "warning";
/** Rule ids plus the scanner's own diagnostics: a file that could not be checked, an unused suppression. */
export type FindingRuleId = RuleId | "parse-error" | "unused-disable-directive";
export interface Finding {
    ruleId: FindingRuleId;
    /** Which message of the rule; templates live in the catalogue. */
    messageId: string;
    /** Values for the message template's `{{placeholders}}`. */
    data: Record<string, string | number>;
    severity: Severity;
    /** The rendered message (template + data). */
    message: string;
    origin: Origin;
    port?: number;
    protocol?: Protocol;
    /** Which front end found it. */
    source?: ListenerSource;
}
