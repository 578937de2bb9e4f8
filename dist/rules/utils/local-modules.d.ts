import { type CodeSource } from "./code-source.js";
import { type ExportTable } from "./module-exports.js";
export interface LocalModule {
    file: string;
    source: CodeSource;
    exports: ExportTable;
    /** Per-export answers of the tracker, filled by module-tracker.ts. */
    memo: Map<string, unknown>;
}
export declare function loadLocalModule(file: string): LocalModule | undefined;
/** Empties the module cache: for benchmarks that stand for separate ESLint runs, and tests. */
export declare function clearLocalModules(): void;
