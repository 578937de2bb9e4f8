import type { TSESLint } from "@typescript-eslint/utils";
/** `offset`: where the port is written in the listen call. */
export declare function testExpectsFailure(sourceCode: TSESLint.SourceCode, offset: number): boolean;
