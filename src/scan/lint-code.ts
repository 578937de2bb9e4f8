// `port-policy scan` lints JS/TS files with the plugin's own rules through ESLint's Node API, so one
// CI step yields one report for code and config. No user ESLint config is read: the rules and the
// policy come from the port-policy config, exactly as `portPolicySettings()` gives them to ESLint
// in a pre-commit hook, so both verdicts agree. The port is read back from the reported token.
import { readFileSync } from "node:fs";
import type { ESLint, Linter } from "eslint";
import { NAMESPACE, isRuleId } from "../core/catalogue.js";
import type { Finding } from "../core/finding.js";
import type { Policy } from "../core/policy.js";
import { portPolicyRules } from "../config/eslint-settings.js";
import type { ReportFile } from "../report/report.js";
import type { DiscoveredFile } from "./discover.js";
import { onFileListeners } from "../../rules/utils/listener-visitor.js";
import { parseErrorFinding } from "./load-file.js";
import { typescriptParser } from "../plugin/typescript-parser.js";

const TS_FILES = ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"];

export interface CodeResult {
  findings: Finding[];
  files: ReportFile[];
  /** The text of each file with findings, by shown path, as read for them (baselines need it). */
  texts: Map<string, string>;
}

/** The digits ESLint's location spans: the rules report on the port token itself. */
function portAt(text: string | undefined, message: Linter.LintMessage): number | undefined {
  if (text === undefined || message.endLine !== message.line || message.endColumn === undefined) return undefined;
  const line = text.split(/\r?\n/)[message.line - 1] ?? "";
  const token = line.slice(message.column - 1, message.endColumn - 1);
  return /^\d+$/.test(token) ? Number(token) : undefined;
}

/**
 * ESLint has one severity per rule, but the core reports the Linux ephemeral range at the
 * policy's own (default: warning) severity; the scanner keeps the core's word for it.
 */
function severityOf(message: Linter.LintMessage, policy: Policy): Finding["severity"] {
  const level = message.severity === 2 ? "error" : "warning";
  if (message.messageId !== "ephemeral" || level === "warning") return level;
  return policy.ephemeral.every((setting) => setting.severity === "warn") ? "warning" : "error";
}

function toFinding(path: string, message: Linter.LintMessage, text: string | undefined, policy: Policy): Finding {
  if (message.fatal || !message.ruleId) return parseErrorFinding(path, `${message.message} (line ${message.line})`);
  const ruleId = message.ruleId.slice(NAMESPACE.length + 1);
  const finding: Finding = {
    ruleId: isRuleId(ruleId) ? ruleId : "parse-error",
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

/**
 * A rule that reports nothing and records how many listeners the shared collector found in each
 * file (the JSON report's `files[].listeners`), at no extra cost: the walk is shared.
 */
function listenerCounter(counts: Map<string, number>): ESLint.Plugin {
  const countListeners = {
    meta: { type: "problem" as const, schema: [] },
    create: (context: Parameters<typeof onFileListeners>[0]) =>
      onFileListeners(context, (result) => counts.set(context.filename, result.listeners.length)),
  };
  return { rules: { "count-listeners": countListeners as unknown as NonNullable<ESLint.Plugin["rules"]>[string] } };
}

async function makeLinter(policy: Policy, cwd: string, counts: Map<string, number>): Promise<ESLint> {
  // The plugin's own TypeScript parser: it loads @typescript-eslint/parser (an optional peer) on
  // the first TS file, so a JavaScript-only project is linted without it.
  const [{ ESLint: ESLintClass }, plugin] = await Promise.all([import("eslint"), import("../index.js")]);
  const tsParser = typescriptParser(plugin.default.meta.version);
  return new ESLintClass({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: TS_FILES, languageOptions: { parser: tsParser } },
      {
        plugins: { "port-policy": plugin.default, "port-policy-scan": listenerCounter(counts) },
        settings: { "port-policy": policy },
        rules: { ...portPolicyRules(policy), "port-policy-scan/count-listeners": "warn" },
        linterOptions: { reportUnusedDisableDirectives: "off" },
      },
    ],
    // Files were chosen by the scanner's own walk (which honours .gitignore).
    ignore: false,
    errorOnUnmatchedPattern: false,
  });
}

export async function lintCode(files: readonly DiscoveredFile[], policy: Policy, cwd: string): Promise<CodeResult> {
  const texts = new Map<string, string>();
  if (files.length === 0) return { findings: [], files: [], texts };
  let linter: ESLint;
  const counts = new Map<string, number>();
  try {
    linter = await makeLinter(policy, cwd, counts);
  } catch (error) {
    const reason = `ESLint could not be loaded to check JS/TS code (${(error as Error).message}); install eslint, or pass --no-code`;
    return { findings: files.map((file) => parseErrorFinding(file.path, reason)), files: files.map((file) => ({ path: file.path, kind: "code", listeners: 0 })), texts };
  }
  const results = await linter.lintFiles(files.map((file) => file.absolute));
  const byAbsolute = new Map(files.map((file) => [file.absolute, file.path]));
  const findings = results.flatMap((result) => {
    const path = byAbsolute.get(result.filePath) ?? result.filePath;
    const text = result.messages.length > 0 ? safeRead(result.filePath) : undefined;
    if (text !== undefined) texts.set(path, text);
    return result.messages.map((message) => toFinding(path, message, text, policy));
  });
  return { findings, files: files.map((file) => ({ path: file.path, kind: "code", listeners: counts.get(file.absolute) ?? 0 })), texts };
}

function safeRead(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}
