import type { TSESLint } from "@typescript-eslint/utils";
export interface LiveScope {
    /** Undefined: the listener never runs (a type test, a skipped test). */
    scope?: string;
    phase: string[];
}
export declare function liveScope(sourceCode: TSESLint.SourceCode, file: string, offset: number): LiveScope;
