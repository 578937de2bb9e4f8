import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
export declare function callSiteArguments(parameter: TSESLint.Scope.Variable, source: CodeSource): TSESTree.Node[];
