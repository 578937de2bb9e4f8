import type { Linter } from "eslint";
/** What one policy makes of the run; the same object for every file of that policy. */
export interface LintSetup {
    /** ESLint `rules` for the port-policy rules, at the policy's severities. */
    rules: Linter.RulesRecord;
    /** `settings["port-policy"]`; absent, each rule finds its policy for itself. */
    settings?: Record<string, unknown>;
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
export declare function createCodeLinter(): CodeLinter;
