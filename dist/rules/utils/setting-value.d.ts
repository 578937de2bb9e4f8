import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
export declare function settingValue(node: TSESTree.CallExpression, source: CodeSource): TSESTree.Node | undefined;
