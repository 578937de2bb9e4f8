// `port-policy scan` lints JS/TS files with the plugin's own rules, so one CI step yields one
// report for code and config. Each file is read here, under the same size limit as config files,
// and put to the listener prefilter (rules/utils/listener-prefilter.ts): most code opens no
// listener, and such a file is checked by that test alone, without parsing. Only a file that
// passes goes to ESLint, which is loaded then (code-linter.ts), one file at a time: what is kept
// of each is its findings and its listener count, so memory does not grow with the repository.
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
import type { CodeLinter, LintOutcome } from "./code-linter.js";
import { missingPackage } from "./missing-package.js";
import { decodeCode, readCodeSource, type ReadResult } from "./read-source.js";

type LintMessage = Extract<LintOutcome, { checked: true }>["messages"][number];

/** A JS/TS file to check: on disk (`absolute`), or given as bytes (stdin, shown as `path`). */
export interface CodeFile {
  /** Relative to the working directory, forward slashes. */
  path: string;
  /** ESLint's filename for the file; rules find the nearest port-policy config from it. */
  absolute: string;
  /** Known to be a regular file (discovery saw its type), so reading needs no fstat first. */
  regular?: boolean;
  bytes?: Buffer;
}

export interface LintCodeOptions {
  /** The run's policy: severities of the rules, and the Linux-ephemeral severity. */
  policy: Policy;
  /**
   * Hand the policy to the rules as `settings["port-policy"]`. Without it each rule reads the
   * nearest port-policy config for its file by itself, as it does in the user's own ESLint.
   */
  passSettings: boolean;
}

export type CodeResult = { ok: true; findings: Finding[]; files: ReportFile[] } | { ok: false; error: string };

export async function lintCode(files: readonly CodeFile[], options: LintCodeOptions): Promise<CodeResult> {
  const findings: Finding[] = [];
  const checked: ReportFile[] = [];
  let linter: CodeLinter | undefined;
  const needTypeScript: string[] = [];
  for (const file of files) {
    const read = file.bytes !== undefined ? decodeCode(file.bytes) : readCodeSource(file.absolute, file.regular);
    if (!read.ok) {
      findings.push(unreadable(file.path, read));
      continue;
    }
    if (!mayOpenListener(read.text, file.absolute)) {
      checked.push({ path: file.path, kind: "code", listeners: 0 });
      continue;
    }
    if (!linter) {
      const loaded = await loadLinter(options);
      if (!loaded.ok) return loaded;
      linter = loaded.linter;
    }
    const outcome = linter.lint(read.text, file.absolute);
    if (outcome.checked) {
      checked.push({ path: file.path, kind: "code", listeners: outcome.listeners });
      for (const message of outcome.messages) findings.push(toFinding(file.path, message, read.text, options.policy));
    } else if ("missing" in outcome) {
      needTypeScript.push(file.path);
    } else {
      findings.push(notChecked(file.path, outcome.reason, outcome.line, outcome.column));
    }
  }
  if (needTypeScript.length > 0) return { ok: false, error: typeScriptMissing(needTypeScript) };
  return { ok: true, findings, files: checked };
}

/**
 * The CommonJS packages code-linter.ts stands on, required before it is imported: a package
 * missing under an ES module import of CommonJS code is thrown a second time, uncaught, by Node
 * 20's loader, where a plain require fails once, cleanly.
 */
const ENGINE_PACKAGES = ["eslint", "@typescript-eslint/utils"];

async function loadLinter(options: LintCodeOptions): Promise<{ ok: true; linter: CodeLinter } | { ok: false; error: string }> {
  try {
    const require = createRequire(import.meta.url);
    for (const name of ENGINE_PACKAGES) require(name);
    const { createCodeLinter } = await import("./code-linter.js");
    const rules = portPolicyRules(options.policy);
    return { ok: true, linter: createCodeLinter({ rules, ...(options.passSettings ? { settings: { [NAMESPACE]: options.policy } } : {}) }) };
  } catch (error) {
    const missing = missingPackage(error);
    if (missing === undefined) throw error;
    return { ok: false, error: `port-policy scan: checking JS/TS code needs the ${missing} package, which is not installed: install it (npm i -D ${missing}), or pass --no-code to check configuration only.\n` };
  }
}

function typeScriptMissing(paths: readonly string[]): string {
  const which = paths.length === 1 ? paths[0] : `${paths[0]} and ${paths.length - 1} other TypeScript files`;
  return `port-policy scan: ${which} could not be checked: TypeScript's parser needs the typescript package, which is not installed: install it (npm i -D typescript), or pass --no-code to check configuration only.\n`;
}

function unreadable(path: string, read: Extract<ReadResult, { ok: false }>): Finding {
  return notChecked(path, read.reason, undefined, undefined, read.tooLarge ? "warning" : "error");
}

function notChecked(path: string, reason: string, line = 1, column = 1, severity: Severity = "warning"): Finding {
  const origin: Origin = { file: path, line, column, endLine: line, endColumn: column + 1 };
  return makeFinding("parse-error", "parseError", { path, reason }, origin, { source: "code", severity });
}

// ESLint's line breaks (ECMA-262 §12.3 LineTerminatorSequence): its `line` counts each of them.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** The digits ESLint's location spans: the rules report on the port token itself. */
function portAt(text: string, message: LintMessage): number | undefined {
  if (message.endLine !== message.line || message.endColumn === undefined) return undefined;
  const line = text.split(LINE_BREAK, message.line)[message.line - 1] ?? "";
  const token = line.slice(message.column - 1, message.endColumn - 1);
  return /^\d+$/.test(token) ? Number(token) : undefined;
}

/**
 * ESLint has one severity per rule, but the core reports the Linux ephemeral range at the
 * policy's own (default: warning) severity; the scanner keeps the core's word for it.
 */
function severityOf(message: LintMessage, policy: Policy): Severity {
  const level = message.severity === 2 ? "error" : "warning";
  if (message.messageId !== "ephemeral" || level === "warning") return level;
  return policy.ephemeral.every((setting) => setting.severity === "warn") ? "warning" : "error";
}

function toFinding(path: string, message: LintMessage, text: string, policy: Policy): Finding {
  const id = (message.ruleId ?? "").slice(NAMESPACE.length + 1);
  const finding: Finding = {
    ruleId: isRuleId(id) ? id : "parse-error",
    messageId: message.messageId ?? "",
    data: {},
    severity: severityOf(message, policy),
    message: message.message,
    origin: { file: path, line: message.line, column: message.column, endLine: message.endLine ?? message.line, endColumn: message.endColumn ?? message.column + 1 },
    source: "code",
  };
  const port = portAt(text, message);
  if (port !== undefined) finding.port = port;
  return finding;
}
