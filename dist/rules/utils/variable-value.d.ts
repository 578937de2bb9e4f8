import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export interface WrittenValue {
    /** The expression that was written (for destructuring: the object destructured). */
    expression?: TSESTree.Node;
    /** Keys from `expression` down to the variable: `const { a: { b } } = x` gives ["a", "b"]. */
    path: string[];
    /** A default in the pattern or parameter: `const { PORT = 3000 } = process.env`, `(port = 3000) =>`. */
    defaultValue?: TSESTree.Node;
    /**
     * With `overrides: true`: plain assignments between the first write and the use
     * (`let port = 3000; if (process.env.PORT) port = Number(process.env.PORT)`). The caller decides
     * whether they only override a default.
     */
    overrides?: TSESTree.Node[];
}
export interface ValueQuery {
    /** The reference being evaluated; lets a later reassignment leave this use's value known. */
    use?: TSESTree.Node;
    /** Return earlier writes' overrides instead of giving up on them. */
    overrides?: boolean;
}
export declare function writtenValue(variable: TSESLint.Scope.Variable, query?: ValueQuery): WrittenValue | undefined;
