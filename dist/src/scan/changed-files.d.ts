export type ChangedFiles = {
    ok: true;
    files: Set<string>;
} | {
    ok: false;
    error: string;
};
export declare function changedSince(ref: string, cwd: string): Promise<ChangedFiles>;
/** Files that feed one compose project: the base, its overrides and the .env next to it. */
export declare function composeFamily(file: string): string | undefined;
/** Keeps the candidates that changed, plus every file of a compose family one of them belongs to. */
export declare function selectChanged(candidates: readonly string[], changed: ReadonlySet<string>): string[];
