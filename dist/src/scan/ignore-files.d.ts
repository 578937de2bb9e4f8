import { type Ignore } from "ignore";
export interface Matcher {
    base: string;
    rules: Ignore;
}
/** `--ignore` with no patterns: nothing to test, skipped per entry. */
export declare const NO_RULES: Ignore;
/**
 * As git decides: the deepest .gitignore with an opinion on the path wins, so a nested
 * `!keep.yaml` re-includes what a parent excluded. `--ignore` (the first matcher) always excludes.
 */
export declare function isIgnored(matchers: readonly Matcher[], absolute: string, isDirectory: boolean): boolean;
export declare function gitignoreAt(dir: string): Matcher;
/** The attributes a scan reads; anything else in a .gitattributes line is git's business. */
export interface LinguistAttributes {
    /** true: set; false: unset (`-attr`, `attr=false`); null: back to the default (`!attr`). */
    vendored?: boolean | null;
    generated?: boolean | null;
}
interface AttributeRule extends LinguistAttributes {
    base: string;
    rules: Ignore;
}
export interface AttributeRules {
    rules: readonly AttributeRule[];
    /** Some rule unsets linguist-vendored, so a vendored directory may hold files to scan. */
    unvendors: boolean;
}
export declare const NO_ATTRIBUTES: AttributeRules;
/**
 * The linguist lines of one .gitattributes file, in file order. Patterns are matched as
 * .gitignore patterns are (by the same library): unlike git, a pattern naming a directory
 * (`vendor/*`) then also covers the files below it, which is what such lines mean to do.
 */
export declare function parseGitattributes(base: string, text: string): AttributeRule[];
export declare function withGitattributesAt(dir: string, inherited: AttributeRules): AttributeRules;
/**
 * Both attributes as git resolves them: for each, the last matching line of the deepest file
 * decides. The rules' directories are all above the path (they were read on the way down to
 * it), so its path below each is a slice, not a path.relative().
 */
export declare function attributesOf(attributes: AttributeRules, absolute: string): {
    vendored?: boolean;
    generated?: boolean;
};
/**
 * The directories above a walked directory, up to the repository root (the one holding .git),
 * outermost first; none when the directory is not in a repository or is its root: a repository
 * (or a nested one) inherits nothing from directories above it.
 */
export declare function repositoryAncestors(dir: string): string[];
export declare function exists(path: string): boolean;
export {};
