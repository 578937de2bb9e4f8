// Builds a Finding with its message rendered from the catalogue template, so every front end
// and every check words the same problem the same way.
import { catalogueEntry, renderMessage } from "./catalogue.js";
import type { Finding, FindingRuleId, Severity } from "./finding.js";
import type { ListenerSource, Origin, Protocol } from "./listener.js";

export interface FindingExtras {
  port?: number;
  protocol?: Protocol;
  source?: ListenerSource;
  /** Defaults to the catalogue's severity; evaluate() applies the policy's severity later. */
  severity?: Severity;
}

export function makeFinding(
  ruleId: FindingRuleId,
  messageId: string,
  data: Record<string, string | number>,
  origin: Origin,
  extras: FindingExtras = {},
): Finding {
  const entry = catalogueEntry(ruleId);
  const template = entry?.messages[messageId];
  if (!entry || template === undefined) throw new Error(`No message "${messageId}" for rule "${ruleId}" in the catalogue`);
  const finding: Finding = {
    ruleId,
    messageId,
    data,
    severity: extras.severity ?? (entry.severity === "warn" ? "warning" : "error"),
    message: renderMessage(template, data),
    origin,
  };
  if (extras.port !== undefined) finding.port = extras.port;
  if (extras.protocol !== undefined) finding.protocol = extras.protocol;
  if (extras.source !== undefined) finding.source = extras.source;
  return finding;
}
