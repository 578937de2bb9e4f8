export type Resolved = {
    kind: "file";
    file: string;
} | {
    kind: "package";
    name: string;
};
/**
 * Packages the collector knows (server-factories.ts) are answered by name; other packages are
 * followed as files. Nothing is resolved for a file that is not an absolute path (stdin, tests).
 */
export declare function resolveRelative(fromFile: string, specifier: string): Resolved | undefined;
/**
 * For a file inside a known package's own repository: the package and the source of its entry
 * point (`src/node/index.ts` for a main of `dist/node/index.js`), whose re-exports say which of
 * the file's exports are the package's (`export { createServer } from "./server"`).
 */
export declare function packageEntrySource(file: string): {
    name: string;
    entry: string;
} | undefined;
/** For tests that write files and resolve again within the time-to-live. */
export declare function clearResolutionCaches(): void;
