/** Compose files among the candidates (absolute paths) that name one of the changed env files. */
export declare function composeFilesNaming(candidates: readonly string[], changed: ReadonlySet<string>, read?: typeof readText): string[];
declare function readText(file: string): string | undefined;
export {};
