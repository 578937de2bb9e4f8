// The prefilter's safety check, shared by test/rules/utils/listener-prefilter.test.ts and
// bench/repo.ts: each JS/TS file gets the full analysis (ESLint in every parse mode, the shared
// collector, no prefilter) and the prefilter's verdict; a file where the collector finds a
// listener, or a listener site whose port it cannot read, must never be one the prefilter skips.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PRESETS } from "../../../src/core/presets/index.js";
import { portPolicyRules } from "../../../src/config/eslint-settings.js";
import { isCodeName } from "../../../src/scan/detect-kind.js";
import { createCodeLinter } from "../../../src/scan/code-linter.js";
import { readCodeSource } from "../../../src/scan/read-source.js";
import { mayOpenListener } from "../../../rules/utils/listener-prefilter.js";

export interface SafetyTally {
  files: number;
  /** Files the prefilter lets through to ESLint. */
  passed: number;
  skipped: number;
  /** Files the full analysis finds listeners (or unreadable listener ports) in. */
  withListeners: number;
  listeners: number;
  /** Files with listeners that the prefilter skips: must stay empty. */
  missed: string[];
  /** Files the full analysis could not parse or read; their verdict cannot be checked. */
  unparsed: number;
}

/** Every JS/TS file under `root` that scan would lint (node_modules and .git left out). */
export function codeFilesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isCodeName(entry.name)) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

export function checkPrefilter(files: readonly string[]): SafetyTally {
  const policy = PRESETS.recommended!;
  const linter = createCodeLinter();
  const setup = { rules: portPolicyRules(policy), policy };
  const tally: SafetyTally = { files: 0, passed: 0, skipped: 0, withListeners: 0, listeners: 0, missed: [], unparsed: 0 };
  for (const file of files) {
    const read = readCodeSource(file);
    if (!read.ok) {
      tally.unparsed++;
      continue;
    }
    tally.files++;
    const passes = mayOpenListener(read.text, file);
    if (passes) tally.passed++;
    else tally.skipped++;
    const outcome = linter.lint(read.text, file, setup);
    if (!outcome.checked) {
      tally.unparsed++;
      continue;
    }
    const sites = outcome.listeners + outcome.unresolved;
    if (sites === 0) continue;
    tally.withListeners++;
    tally.listeners += sites;
    if (!passes) tally.missed.push(file);
  }
  return tally;
}
