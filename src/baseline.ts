// Baselines: `--write-baseline <file>` records today's findings, `--baseline <file>` reports only
// findings not in it. Entries are fingerprints (rule + file + port + the entry's own text, see
// src/report/fingerprint.ts), so unrelated edits that move lines keep matching; each entry is
// used once, so a second identical finding on a new line is still new. Entries nothing matched
// any more are counted so the baseline can be pruned. The entry of a file that could not be
// checked is the whole file: any edit to it may hide a new finding, so it is new again.
import { createHash } from "node:crypto";
import { FORMER_RULE_IDS, isRuleId } from "./core/catalogue.js";
import { compareText } from "./core/evaluate.js";
import type { Finding } from "./core/finding.js";
import { fingerprint } from "./report/fingerprint.js";

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  path: string;
  port?: number;
}

export interface BaselineFile {
  version: 1;
  tool: "port-policy";
  findings: BaselineEntry[];
}

/**
 * A finding's own text, for fingerprints: its line's text, or a digest of the whole file for a
 * parse-error; undefined when the file's text is not at hand (the message data stands in).
 */
export type EntryTextOf = (finding: Finding) => string | undefined;

/** Entry texts from the texts a scan read (by shown path), so no file is read a second time. */
export function entryTextsFrom(texts: ReadonlyMap<string, string>): EntryTextOf {
  const lines = new Map<string, string[]>();
  return (finding) => {
    const file = finding.origin.file;
    const text = texts.get(file);
    if (text === undefined) return undefined;
    if (finding.ruleId === "parse-error") return `file:${createHash("sha256").update(text).digest("hex")}`;
    let split = lines.get(file);
    if (!split) lines.set(file, (split = text.split(/\r\n|\r|\n/)));
    return split[finding.origin.line - 1];
  };
}

export function createBaseline(findings: readonly Finding[], entryTextOf: EntryTextOf): BaselineFile {
  const entries = findings.map((finding) => {
    const entry: BaselineEntry = { fingerprint: fingerprint(finding, entryTextOf(finding)), ruleId: finding.ruleId, path: finding.origin.file };
    if (finding.port !== undefined) entry.port = finding.port;
    return entry;
  });
  // A committed file: its order must not depend on the machine's locale.
  entries.sort((a, b) => compareText(a.path, b.path) || compareText(a.ruleId, b.ruleId) || compareText(a.fingerprint, b.fingerprint));
  return { version: 1, tool: "port-policy", findings: entries };
}

export interface BaselineComparison {
  /** Findings not in the baseline: these are reported. */
  fresh: Finding[];
  /** How many findings the baseline absorbed. */
  known: number;
  /** Baseline entries that matched nothing: fixed since, and safe to prune. */
  vanished: number;
}

export function compareWithBaseline(findings: readonly Finding[], baseline: BaselineFile, entryTextOf: EntryTextOf): BaselineComparison {
  const remaining = new Map<string, number>();
  for (const entry of baseline.findings) remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
  const fresh = findings.filter((finding) => {
    const key = [fingerprint(finding, entryTextOf(finding)), formerFingerprint(finding, entryTextOf)].find((k) => k !== undefined && (remaining.get(k) ?? 0) > 0);
    if (key === undefined) return true;
    remaining.set(key, remaining.get(key)! - 1);
    return false;
  });
  const vanished = [...remaining.values()].reduce((sum, n) => sum + n, 0);
  return { fresh, known: findings.length - fresh.length, vanished };
}

/**
 * The fingerprint a finding of a split rule had under its former id (a no-ephemeral-port finding
 * was no-dynamic-port's, same message id), so a baseline written before the split still absorbs it.
 */
function formerFingerprint(finding: Finding, entryTextOf: EntryTextOf): string | undefined {
  const former = isRuleId(finding.ruleId) ? FORMER_RULE_IDS[finding.ruleId] : undefined;
  return former === undefined ? undefined : fingerprint({ ...finding, ruleId: former }, entryTextOf(finding));
}

/** Parses a baseline file's text; a message for the user when it is not one. */
export function parseBaseline(text: string): { ok: true; baseline: BaselineFile } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `it is not JSON (${(error as Error).message})` };
  }
  const file = data as Partial<BaselineFile>;
  if (file?.version !== 1 || file.tool !== "port-policy" || !Array.isArray(file.findings)) {
    return { ok: false, error: 'it is not a port-policy baseline (expected {"version":1,"tool":"port-policy","findings":[…]}); write one with --write-baseline' };
  }
  const bad = file.findings.findIndex((entry) => typeof entry?.fingerprint !== "string");
  if (bad !== -1) return { ok: false, error: `findings[${bad}] has no "fingerprint"` };
  return { ok: true, baseline: file as BaselineFile };
}
