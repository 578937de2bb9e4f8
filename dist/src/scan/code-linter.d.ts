import type { Linter } from "eslint";
import type { Policy } from "../core/policy.js";
import { type ParseMode } from "./parse-modes.js";
/** What one policy makes of the run; the same object for every file of that policy. */
export interface LintSetup {
    /** ESLint `rules` for the port-policy rules, at the policy's severities. */
    rules: Linter.RulesRecord;
    /**
     * The policy, handed to the rules as `settings["port-policy"]` and taken as valid: it comes
     * from scan's own config loading, which has validated it.
     */
    policy: Policy;
}
export type LintOutcome = 
/**
 * `listeners`: what the shared collector found; `unresolved`: listener sites whose port it could
 * not read (its own valid-port findings). Both counted whatever the rules' prefilter decided.
 */
{
    checked: true;
    messages: Linter.LintMessage[];
    listeners: number;
    unresolved: number;
    mode: ParseMode;
} | {
    checked: false;
    reason: string;
    line?: number;
    column?: number;
}
/** A TypeScript file, and the package named cannot be loaded to parse it. */
 | {
    checked: false;
    missing: string;
};
export interface CodeLinter {
    lint(text: string, absolute: string, setup: LintSetup): LintOutcome;
}
export interface CodeLinterOptions {
    /** `false`: TypeScript goes to typescript-eslint's parser only (to compare the two paths). */
    eraseTypes?: boolean;
}
export declare function createCodeLinter(options?: CodeLinterOptions): CodeLinter;
type PrepareConfig = (configs: Linter.Config[], basePath: string) => Linter.Config[];
/**
 * Given a plain array, Linter#verify builds, validates and merges a FlatConfigArray for every
 * file anew: a quarter of the time linting 70 small files takes (308 ms against 228 ms, median
 * of 4). ESLint's own ESLint class builds it once and reuses it, and so does scan. The class is
 * not exported, so it is required by its path in the installed ESLint (9 and 10 keep it there);
 * should a release move it, plain arrays still lint the same, only slower.
 */
export declare function configArrayPreparer(): PrepareConfig;
export {};
