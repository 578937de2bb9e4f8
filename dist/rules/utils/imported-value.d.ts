import type { TSESTree } from "@typescript-eslint/utils";
import { type CodeSource } from "./code-source.js";
export interface Foreign {
    node: TSESTree.Node;
    source: CodeSource;
}
/** For an identifier or member chain whose root is a local module's export. */
export declare function importedValue(node: TSESTree.Node, source: CodeSource): Foreign | undefined;
