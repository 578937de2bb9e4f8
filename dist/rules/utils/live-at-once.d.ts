import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export interface LiveScope {
    /** Undefined: the listener never runs (a type test, a skipped test). */
    scope?: string;
    phase: string[];
}
export declare function liveScope(sourceCode: TSESLint.SourceCode, file: string, offset: number): LiveScope;
export declare function isFunction(node: TSESTree.Node): node is TSESTree.FunctionLike;
/** Inside the body of a test (`it`, `test`, node:test's `t.test`), not a describe or a hook. */
export declare function inTest(node: TSESTree.Node, sourceCode: TSESLint.SourceCode): boolean;
/** A callee name that ends a server: `close`, `stopServer`, `shutdown`. */
export declare function isCloseName(name: string): boolean;
/**
 * The close-like calls of a file, which the collector gathers on the walk ESLint makes anyway
 * (listener-visitor.ts), so finding a unit's closes does not walk its body again.
 */
export declare function setCloseCalls(program: TSESTree.Program, calls: readonly TSESTree.CallExpression[]): void;
/** The innermost node whose range holds the offset, found by descending from the program. */
export declare function nodeAt(sourceCode: TSESLint.SourceCode, offset: number): TSESTree.Node | undefined;
