export interface DiscoveredFile {
    absolute: string;
    /** Relative to the working directory, forward slashes. */
    path: string;
    /** Named on the command line: scanned whatever its name. */
    explicit: boolean;
}
/** Something that could not be looked at; it becomes a parse-error finding. */
export interface Unreadable {
    path: string;
    reason: string;
}
export interface Discovery {
    /** Regular files only: anything else with a wanted name is in `unreadable`. */
    files: DiscoveredFile[];
    unreadable: Unreadable[];
    /** Things skipped on purpose, for --verbose. */
    notes: Array<{
        path: string;
        message: string;
    }>;
}
export interface DiscoverOptions {
    cwd: string;
    /** Extra gitignore-style patterns, relative to cwd (`--ignore`). */
    ignore?: readonly string[];
    /** Keep JS/TS sources too, for the ESLint rules. */
    code?: boolean;
    /** Keep vendored, minified and generated files too (`--include-vendored`). */
    includeVendored?: boolean;
    /** Follow symbolic links that lead out of the walked directory (`--follow-external-links`). */
    followExternalLinks?: boolean;
}
export declare function displayPath(cwd: string, absolute: string): string;
export declare function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery;
