import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import type { CodeSite } from "./make-code-listener.js";
export declare function defaultExportedServer(node: TSESTree.ExportDefaultDeclaration, source: CodeSource): CodeSite[];
