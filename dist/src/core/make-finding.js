// Builds a Finding with its message rendered from the catalogue template, so every front end
// and every check words the same problem the same way.
import { catalogueEntry, renderMessage } from "./catalogue.js";
export function makeFinding(ruleId, messageId, data, origin, extras = {}) {
    const entry = catalogueEntry(ruleId);
    const template = entry?.messages[messageId];
    if (!entry || template === undefined)
        throw new Error(`No message "${messageId}" for rule "${ruleId}" in the catalogue`);
    const finding = {
        ruleId,
        messageId,
        data,
        severity: extras.severity ?? (entry.severity === "warn" ? "warning" : "error"),
        message: renderMessage(template, data),
        origin,
    };
    if (extras.port !== undefined)
        finding.port = extras.port;
    if (extras.protocol !== undefined)
        finding.protocol = extras.protocol;
    if (extras.source !== undefined)
        finding.source = extras.source;
    return finding;
}
