// `port-policy scan` lints JS/TS files with the plugin's own rules, so one CI step yields one
// report for code and config. Each file is read here, under the same size limit as config files,
// and put to the listener prefilter (rules/utils/listener-prefilter.ts): most code opens no
// listener, and such a file is checked by that test alone, without parsing. A file that passes is
// checked without ESLint where ESLint would add nothing (quick-lint.ts), else by ESLint, loaded
// then (code-linter.ts), one file at a time: what is kept of each is its findings and its
// listener count, so memory does not grow with the repository.
//
// Which files say "not checked", and how loudly: a file that cannot be read at all (permissions, a
// FIFO, a dangling link, deleted mid-scan) is an error, as for config files; code that was read
// but that ESLint cannot parse in any mode its toolchain could use, that nests deeper than
// ESLint can walk, or that is over the size limit is a warning: such a file is a template, a
// bundle or needs a parser nobody here has, and failing CI on it would be a false alarm.
import { createRequire } from "node:module";
import { NAMESPACE, isRuleId } from "../core/catalogue.js";
import type { Finding, Severity } from "../core/finding.js";
import type { Origin } from "../core/listener.js";
import { makeFinding } from "../core/make-finding.js";
import type { Policy } from "../core/policy.js";
import { portPolicyRules } from "../config/eslint-settings.js";
import type { ReportFile } from "../report/report.js";
import { mayOpenListener } from "../../rules/utils/listener-prefilter.js";
import type { CodeLinter, LintOutcome, LintSetup } from "./code-linter.js";
import { missingPackage } from "./missing-package.js";
import { generatedCodeReason } from "./generated-code.js";
import { ESLINT_LINE_BREAK } from "./positions.js";
import { decodeCode, readCodeSource, type ReadResult } from "./read-source.js";
import type { ScanNote } from "./index.js";

type LintMessage = Extract<LintOutcome, { checked: true }>["messages"][number];

/** A JS/TS file to check: on disk (`absolute`), or given as bytes (stdin, shown as `path`). */
export interface CodeFile {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** ESLint's filename for the file; rules find the nearest port-policy config from it. */
  absolute: string;
  /** Known to be a regular file (discovery saw its type), so reading needs no fstat first. */
  regular?: boolean;
  /** Skipped, with a note, when its content says a tool wrote it (generated-code.ts). */
  skipGenerated?: boolean;
  bytes?: Buffer;
}

export interface LintCodeOptions {
  /**
   * The policy of one file: the rules' severities and what the rules are handed as
   * `settings["port-policy"]`, so they look no config up themselves. Scan
   * gives each file its nearest config's policy (or the one of `--config`); the rules' own lookup
   * is for ESLint runs, where scan's `--preset` and its config problems do not reach.
   */
  policyFor: (file: CodeFile) => Policy;
  /** Keep the text of each file with findings (a baseline fingerprints what was read). */
  keepTexts?: boolean;
}

export type CodeResult =
  | { ok: true; findings: Finding[]; files: ReportFile[]; texts: Map<string, string>; notes: ScanNote[] }
  | { ok: false; error: string };

export async function lintCode(files: readonly CodeFile[], options: LintCodeOptions): Promise<CodeResult> {
  const findings: Finding[] = [];
  const checked: ReportFile[] = [];
  const texts = new Map<string, string>();
  let linter: CodeLinter | undefined;
  let quickLint: typeof import("./quick-lint.js").quickLint | undefined;
  const setups = new Map<Policy, LintSetup>();
  const needTypeScript: string[] = [];
  const notes: ScanNote[] = [];
  for (const file of files) {
    const read = file.bytes !== undefined ? decodeCode(file.bytes) : readCodeSource(file.absolute, file.regular);
    if (!read.ok) {
      findings.push(unreadable(file.path, read));
      continue;
    }
    const generated = file.skipGenerated ? generatedCodeReason(read.text, file.absolute) : undefined;
    if (generated) {
      notes.push({ path: file.path, message: `skipped: ${generated} (--include-vendored scans it)` });
      continue;
    }
    if (!mayOpenListener(read.text, file.absolute)) {
      checked.push({ path: file.path, kind: "code", listeners: 0 });
      continue;
    }
    const policy = options.policyFor(file);
    let setup = setups.get(policy);
    if (!setup) setups.set(policy, (setup = { rules: portPolicyRules(policy), policy }));
    // Imported on first use, as ESLint is: a scan of code without listeners loads neither.
    quickLint ??= (await import("./quick-lint.js")).quickLint;
    let outcome = quickLint(read.text, file.absolute, setup);
    if (!outcome) {
      if (!linter) {
        const loaded = await loadLinter();
        if (!loaded.ok) return loaded;
        linter = loaded.linter;
      }
      outcome = linter.lint(read.text, file.absolute, setup);
    }
    const before = findings.length;
    if (outcome.checked) {
      checked.push({ path: file.path, kind: "code", listeners: outcome.listeners });
      for (const message of outcome.messages) findings.push(toFinding(file.path, message, read.text));
    } else if ("missing" in outcome) {
      needTypeScript.push(file.path);
    } else {
      findings.push(notChecked(file.path, outcome.reason, outcome.line, outcome.column));
    }
    if (options.keepTexts && findings.length > before) texts.set(file.path, read.text);
  }
  if (needTypeScript.length > 0) return { ok: false, error: typeScriptMissing(needTypeScript) };
  return { ok: true, findings, files: checked, texts, notes };
}

/**
 * ESLint, required before code-linter.ts is imported: a package missing under an ES module
 * import of CommonJS code is thrown a second time, uncaught, by Node 20's loader, where a plain
 * require fails once, cleanly.
 */
async function loadLinter(): Promise<{ ok: true; linter: CodeLinter } | { ok: false; error: string }> {
  try {
    createRequire(import.meta.url)("eslint/universal");
    const { createCodeLinter } = await import("./code-linter.js");
    return { ok: true, linter: createCodeLinter() };
  } catch (error) {
    const missing = missingPackage(error);
    if (missing === undefined) throw error;
    return { ok: false, error: `port-policy scan: checking JS/TS code needs the ${missing} package, which is not installed: install it (npm i -D ${missing}), or pass --no-code to check configuration only.\n` };
  }
}

function typeScriptMissing(paths: readonly string[]): string {
  const which = paths.length === 1 ? paths[0] : `${paths[0]} and ${paths.length - 1} other TypeScript files`;
  return `port-policy scan: ${which} could not be checked: TypeScript that does not erase to JavaScript (an enum, a namespace, a decorator, a parameter property) needs TypeScript's parser, and that needs the typescript package, which is not installed: install it (npm i -D typescript), or pass --no-code to check configuration only.\n`;
}

function unreadable(path: string, read: Extract<ReadResult, { ok: false }>): Finding {
  return notChecked(path, read.reason, undefined, undefined, read.tooLarge ? "warning" : "error");
}

function notChecked(path: string, reason: string, line = 1, column = 1, severity: Severity = "warning"): Finding {
  const origin: Origin = { file: path, line, column, endLine: line, endColumn: column + 1 };
  return makeFinding("parse-error", "parseError", { path, reason }, origin, { source: "code", severity });
}


/** The digits ESLint's location spans: the rules report on the port token itself. */
function portAt(text: string, message: LintMessage): number | undefined {
  if (message.endLine !== message.line || message.endColumn === undefined) return undefined;
  const line = text.split(ESLINT_LINE_BREAK, message.line)[message.line - 1] ?? "";
  const token = line.slice(message.column - 1, message.endColumn - 1);
  return /^\d+$/.test(token) ? Number(token) : undefined;
}

function toFinding(path: string, message: LintMessage, text: string): Finding {
  const id = (message.ruleId ?? "").slice(NAMESPACE.length + 1);
  const finding: Finding = {
    ruleId: isRuleId(id) ? id : "parse-error",
    messageId: message.messageId ?? "",
    data: {},
    // ESLint's level is the policy's: each rule has one severity (portPolicyRules(policy)).
    severity: message.severity === 2 ? "error" : "warning",
    message: message.message,
    origin: { file: path, line: message.line, column: message.column, endLine: message.endLine ?? message.line, endColumn: message.endColumn ?? message.column + 1 },
    source: "code",
  };
  const port = portAt(text, message);
  if (port !== undefined) finding.port = port;
  return finding;
}
