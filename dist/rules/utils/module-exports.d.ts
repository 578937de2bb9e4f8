import type { TSESTree } from "@typescript-eslint/utils";
export interface ExportTable {
    /** What `require()` returns when the module assigns `module.exports` (or `export =`). */
    namespace?: TSESTree.Node;
    /** Named exports and `default`, as the expression (or declaration) that gives their value. */
    named: Map<string, TSESTree.Node>;
    /** `export { a as b } from "./x"`: b → { specifier: "./x", name: "a" }. */
    reexports: Map<string, {
        specifier: string;
        name: string;
    }>;
    /** `export * from "./x"`. */
    stars: string[];
}
export declare function exportTable(program: TSESTree.Program): ExportTable;
