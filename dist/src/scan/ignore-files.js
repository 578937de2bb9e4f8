// The two files of a repository that say which paths a scan leaves alone: `.gitignore` (never
// walked, silently, as git and ESLint do) and `.gitattributes` (`linguist-vendored` and
// `linguist-generated`, which GitHub reads to hide vendored and generated files, both ways).
import { readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, sep } from "node:path";
import ignore, {} from "ignore";
/** `--ignore` with no patterns: nothing to test, skipped per entry. */
export const NO_RULES = ignore();
/**
 * As git decides: the deepest .gitignore with an opinion on the path wins, so a nested
 * `!keep.yaml` re-includes what a parent excluded. `--ignore` (the first matcher) always excludes.
 */
export function isIgnored(matchers, absolute, isDirectory) {
    const cli = matchers[0];
    if (cli && cli.rules !== NO_RULES && verdict(cli, absolute, isDirectory) === "ignored")
        return true;
    for (let i = matchers.length - 1; i >= 1; i--) {
        const found = verdict(matchers[i], absolute, isDirectory);
        if (found)
            return found === "ignored";
    }
    return false;
}
function verdict({ base, rules }, absolute, isDirectory) {
    const posix = relativeInside(base, absolute);
    if (posix === undefined)
        return undefined;
    const result = rules.test(isDirectory ? `${posix}/` : posix);
    return result.ignored ? "ignored" : result.unignored ? "unignored" : undefined;
}
/** `absolute` relative to `base` with forward slashes; undefined when it is not below it. */
function relativeInside(base, absolute) {
    const rel = relative(base, absolute);
    // `ignore` accepts only paths inside its base (it throws on "../x" and absolute paths).
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
        return undefined;
    return rel.split(sep).join("/");
}
function readOptional(file) {
    try {
        return readFileSync(file, "utf8");
    }
    catch {
        // An unreadable .gitignore or .gitattributes says nothing; the files under it are then
        // scanned, not lost.
        return "";
    }
}
export function gitignoreAt(dir) {
    return { base: dir, rules: ignore().add(readOptional(join(dir, ".gitignore"))) };
}
export const NO_ATTRIBUTES = { rules: [], unvendors: false };
function attributeValue(token, name) {
    if (token === name || token === `${name}=true`)
        return true;
    if (token === `-${name}` || token === `${name}=false`)
        return false;
    return token === `!${name}` ? null : undefined;
}
/**
 * The linguist lines of one .gitattributes file, in file order. Patterns are matched as
 * .gitignore patterns are (by the same library): unlike git, a pattern naming a directory
 * (`vendor/*`) then also covers the files below it, which is what such lines mean to do.
 */
export function parseGitattributes(base, text) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const [pattern, ...tokens] = line.trim().split(/\s+/);
        if (!pattern || pattern.startsWith("#") || pattern.startsWith("[attr]") || !line.includes("linguist-"))
            continue;
        const rule = { base, rules: ignore().add(pattern) };
        for (const token of tokens) {
            const vendored = attributeValue(token, "linguist-vendored");
            const generated = attributeValue(token, "linguist-generated");
            if (vendored !== undefined)
                rule.vendored = vendored;
            if (generated !== undefined)
                rule.generated = generated;
        }
        if (rule.vendored !== undefined || rule.generated !== undefined)
            found.push(rule);
    }
    return found;
}
export function withGitattributesAt(dir, inherited) {
    const added = parseGitattributes(dir, readOptional(join(dir, ".gitattributes")));
    if (added.length === 0)
        return inherited;
    return { rules: [...inherited.rules, ...added], unvendors: inherited.unvendors || added.some((rule) => rule.vendored === false) };
}
/**
 * Both attributes as git resolves them: for each, the last matching line of the deepest file
 * decides. The rules' directories are all above the path (they were read on the way down to
 * it), so its path below each is a slice, not a path.relative().
 */
export function attributesOf(attributes, absolute) {
    let vendored;
    let generated;
    for (let i = attributes.rules.length - 1; i >= 0 && (vendored === undefined || generated === undefined); i--) {
        const rule = attributes.rules[i];
        if ((rule.vendored === undefined || vendored !== undefined) && (rule.generated === undefined || generated !== undefined))
            continue;
        const below = absolute.slice(rule.base.length + (rule.base.endsWith(sep) ? 0 : 1));
        if (!rule.rules.ignores(sep === "/" ? below : below.split(sep).join("/")))
            continue;
        if (vendored === undefined && rule.vendored !== undefined)
            vendored = rule.vendored;
        if (generated === undefined && rule.generated !== undefined)
            generated = rule.generated;
    }
    return { ...(typeof vendored === "boolean" ? { vendored } : {}), ...(typeof generated === "boolean" ? { generated } : {}) };
}
/**
 * The directories above a walked directory, up to the repository root (the one holding .git),
 * outermost first; none when the directory is not in a repository or is its root: a repository
 * (or a nested one) inherits nothing from directories above it.
 */
export function repositoryAncestors(dir) {
    if (exists(join(dir, ".git")))
        return [];
    const chain = [];
    for (let current = dirname(dir);; current = dirname(current)) {
        chain.push(current);
        if (exists(join(current, ".git")) || dirname(current) === current)
            break;
    }
    if (!exists(join(chain[chain.length - 1] ?? dir, ".git")))
        return [];
    return chain.reverse();
}
export function exists(path) {
    try {
        statSync(path);
        return true;
    }
    catch {
        return false;
    }
}
