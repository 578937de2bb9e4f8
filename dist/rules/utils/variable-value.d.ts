import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export interface WrittenValue {
    /** The expression that was written (for destructuring: the object destructured). */
    expression?: TSESTree.Node;
    /** Keys from `expression` down to the variable: `const { a: { b } } = x` gives ["a", "b"]. */
    path: string[];
    /** A default in the pattern or parameter: `const { PORT = 3000 } = process.env`, `(port = 3000) =>`. */
    defaultValue?: TSESTree.Node;
}
export declare function writtenValue(variable: TSESLint.Scope.Variable): WrittenValue | undefined;
