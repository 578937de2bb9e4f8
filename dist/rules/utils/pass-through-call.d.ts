import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
/** The argument whose value the call returns, when the callee is such a function. */
export declare function passedThroughArgument(node: TSESTree.CallExpression, source: CodeSource): TSESTree.Node | undefined;
