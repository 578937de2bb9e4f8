import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
export declare function objectLiteralOf(node: TSESTree.Node, sourceCode: CodeSource, depth?: number): TSESTree.ObjectExpression | undefined;
/** The expression a variable or member stands for (one step), or undefined when unknown. */
export declare function valueOf(node: TSESTree.Node, sourceCode: CodeSource, depth?: number): TSESTree.Node | undefined;
/** `followPath(x, ["server", "port"])` is the node written at `x.server.port`. */
export declare function followPath(node: TSESTree.Node, path: readonly string[], sourceCode: CodeSource, depth?: number): TSESTree.Node | undefined;
/** The value of `object[key]` when this file fixes it (`{ autoListen: false }`, a constant), else undefined. */
export declare function staticPropertyValue(object: TSESTree.ObjectExpression, key: string, sourceCode: CodeSource): unknown;
