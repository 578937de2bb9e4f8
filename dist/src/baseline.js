// Baselines: `--write-baseline <file>` records today's findings, `--baseline <file>` reports only
// findings not in it. Entries are fingerprints (rule + file + port + the entry's own text, see
// src/report/fingerprint.ts), so unrelated edits that move lines keep matching; each entry is
// used once, so a second identical finding on a new line is still new. Entries nothing matched
// any more are counted so the baseline can be pruned. The entry of a file that could not be
// checked is the whole file: any edit to it may hide a new finding, so it is new again.
import { createHash } from "node:crypto";
import { FORMER_RULE_IDS, isRuleId } from "./core/catalogue.js";
import { compareText } from "./core/evaluate.js";
import { fingerprint } from "./report/fingerprint.js";
/** Entry texts from the texts a scan read (by shown path), so no file is read a second time. */
export function entryTextsFrom(texts) {
    const lines = new Map();
    return (finding) => {
        const file = finding.origin.file;
        const text = texts.get(file);
        if (text === undefined)
            return undefined;
        if (finding.ruleId === "parse-error")
            return `file:${createHash("sha256").update(text).digest("hex")}`;
        let split = lines.get(file);
        if (!split)
            lines.set(file, (split = text.split(/\r\n|\r|\n/)));
        return split[finding.origin.line - 1];
    };
}
export function createBaseline(findings, entryTextOf) {
    const entries = findings.map((finding) => {
        const entry = { fingerprint: fingerprint(finding, entryTextOf(finding)), ruleId: finding.ruleId, path: finding.origin.file };
        if (finding.port !== undefined)
            entry.port = finding.port;
        return entry;
    });
    // A committed file: its order must not depend on the machine's locale.
    entries.sort((a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
    return { version: 1, tool: "port-policy", findings: entries };
}
export function compareWithBaseline(findings, baseline, entryTextOf) {
    const remaining = new Map();
    for (const entry of baseline.findings)
        remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
    const fresh = findings.filter((finding) => {
        const key = [fingerprint(finding, entryTextOf(finding)), formerFingerprint(finding, entryTextOf)].find((k) => k !== undefined && (remaining.get(k) ?? 0) > 0);
        if (key === undefined)
            return true;
        remaining.set(key, remaining.get(key) - 1);
        return false;
    });
    const vanished = [...remaining.values()].reduce((sum, n) => sum + n, 0);
    return { fresh, known: findings.length - fresh.length, vanished };
}
/**
 * The fingerprint a finding of a split rule had under its former id (a no-ephemeral-port finding
 * was no-dynamic-port's, same message id), so a baseline written before the split still absorbs it.
 */
function formerFingerprint(finding, entryTextOf) {
    const former = isRuleId(finding.ruleId) ? FORMER_RULE_IDS[finding.ruleId] : undefined;
    return former === undefined ? undefined : fingerprint({ ...finding, ruleId: former }, entryTextOf(finding));
}
/** Parses a baseline file's text; a message for the user when it is not one. */
export function parseBaseline(text) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, error: `it is not JSON (${error.message})` };
    }
    const file = data;
    if (file?.version !== 1 || file.tool !== "port-policy" || !Array.isArray(file.findings)) {
        return { ok: false, error: 'it is not a port-policy baseline (expected {"version":1,"tool":"port-policy","findings":[…]}); write one with --write-baseline' };
    }
    const bad = file.findings.findIndex((entry) => typeof entry?.fingerprint !== "string");
    if (bad !== -1)
        return { ok: false, error: `findings[${bad}] has no "fingerprint"` };
    return { ok: true, baseline: file };
}
