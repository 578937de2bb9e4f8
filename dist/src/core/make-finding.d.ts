import type { Finding, FindingRuleId, Severity } from "./finding.js";
import type { ListenerSource, Origin, Protocol } from "./listener.js";
export interface FindingExtras {
    port?: number;
    protocol?: Protocol;
    source?: ListenerSource;
    /** Defaults to the catalogue's severity; evaluate() applies the policy's severity later. */
    severity?: Severity;
}
export declare function makeFinding(ruleId: FindingRuleId, messageId: string, data: Record<string, string | number>, origin: Origin, extras?: FindingExtras): Finding;
