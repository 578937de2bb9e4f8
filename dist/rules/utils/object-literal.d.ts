import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export declare function objectLiteralOf(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth?: number): TSESTree.ObjectExpression | undefined;
/** The expression a variable or member stands for (one step), or undefined when unknown. */
export declare function valueOf(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth?: number): TSESTree.Node | undefined;
/** `followPath(x, ["server", "port"])` is the node written at `x.server.port`. */
export declare function followPath(node: TSESTree.Node, path: readonly string[], sourceCode: TSESLint.SourceCode, depth?: number): TSESTree.Node | undefined;
