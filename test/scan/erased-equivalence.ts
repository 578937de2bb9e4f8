// The erased-TypeScript path's safety check, shared by test/scan/erased-typescript.test.ts and
// bench/erased-typescript.ts: each TypeScript file is linted by scan's code linter twice, with its
// types erased and read by espree (the default) and with typescript-eslint's parser only, and the
// two must report the same port-policy messages and find the same listeners.
import type { Linter } from "eslint";
import { PRESETS } from "../../src/core/presets/index.js";
import { portPolicyRules } from "../../src/config/eslint-settings.js";
import { createCodeLinter, type LintOutcome } from "../../src/scan/code-linter.js";
import { isTypeScriptPath } from "../../src/scan/parse-modes.js";
import { readCodeSource } from "../../src/scan/read-source.js";

export interface ErasedTally {
  files: number;
  /** Files read with their types erased; the rest fell back to typescript-eslint's parser. */
  erased: number;
  /** Files where the two paths disagree: must stay empty. */
  differing: { file: string; erased: string; typescript: string }[];
}

export function compareErased(files: readonly string[], only?: (text: string, file: string) => boolean): ErasedTally {
  const policy = PRESETS.recommended!;
  const setup = { rules: portPolicyRules(policy), policy };
  const erasing = createCodeLinter();
  const compiling = createCodeLinter({ eraseTypes: false });
  const tally: ErasedTally = { files: 0, erased: 0, differing: [] };
  for (const file of files) {
    if (!isTypeScriptPath(file)) continue;
    const read = readCodeSource(file);
    if (!read.ok || (only && !only(read.text, file))) continue;
    tally.files++;
    const erased = erasing.lint(read.text, file, setup);
    if (erased.checked && erased.mode === "erased") tally.erased++;
    const a = summary(erased);
    const b = summary(compiling.lint(read.text, file, setup));
    if (a !== b) tally.differing.push({ file, erased: a, typescript: b });
  }
  return tally;
}

/** What a maintainer sees of a run: each message, and how many listeners stood behind them. */
function summary(outcome: LintOutcome): string {
  if (!outcome.checked) return "missing" in outcome ? `missing ${outcome.missing}` : "not checked";
  const messages = outcome.messages.map((m: Linter.LintMessage) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  return [`listeners ${outcome.listeners}, unresolved ${outcome.unresolved}`, ...messages].join("\n");
}
