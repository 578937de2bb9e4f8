import type { LintOutcome, LintSetup } from "./code-linter.js";
export declare function quickLint(text: string, absolute: string, setup: LintSetup): LintOutcome | undefined;
