/** What grouping needs of a file: its shown path and, when it has one, its absolute path. */
interface Placed {
    path: string;
    absolute?: string;
}
export interface ComposeProject<F extends Placed = Placed> {
    /** Base first, then the override. */
    files: F[];
    /** Directory of the first file, forward slashes ("." for the working directory). */
    dir: string;
    /** Compose's default project name: the directory's base name, normalised. */
    name: string;
}
/** compose-go `NormalizeProjectName`: lower case, only [a-z0-9_-], starting with a letter or digit. */
export declare function projectNameFor(absoluteDir: string): string;
export declare function groupComposeProjects<F extends Placed>(files: readonly F[], cwd: string): ComposeProject<F>[];
export {};
