// Which files a scan reads: directories are walked (honouring .gitignore files, always skipping
// node_modules and .git), keeping only names a front end could want; file arguments are taken
// whatever their names, because pre-commit and lint-staged pass staged files one by one.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, {} from "ignore";
import { isCandidateName, isCodeName } from "./detect-kind.js";
import { describeFsError } from "./read-source.js";
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);
/** `--ignore` with no patterns: nothing to test, skipped per entry. */
const NO_RULES = ignore();
export function displayPath(cwd, absolute) {
    const rel = relative(cwd, absolute);
    return (rel === "" ? "." : rel).split(sep).join("/");
}
export function discoverFiles(paths, options) {
    const { cwd } = options;
    const discovery = { files: [], unreadable: [], notes: [] };
    const cli = { base: cwd, rules: options.ignore?.length ? ignore().add([...options.ignore]) : NO_RULES };
    const seen = new Set();
    const add = (absolute, explicit, regular, path = displayPath(cwd, absolute)) => {
        if (seen.has(absolute))
            return;
        seen.add(absolute);
        discovery.files.push({ absolute, path, explicit, regular });
    };
    for (const given of paths.length > 0 ? paths : ["."]) {
        const absolute = resolve(cwd, given);
        let stat;
        try {
            stat = statSync(absolute);
        }
        catch (error) {
            discovery.unreadable.push({ path: displayPath(cwd, absolute), reason: describeFsError(error) });
            continue;
        }
        if (isIgnored([cli], absolute, stat.isDirectory())) {
            discovery.notes.push({ path: displayPath(cwd, absolute), message: "skipped: matches --ignore" });
        }
        else if (stat.isDirectory()) {
            walk(absolute, [cli, ...ancestorGitignores(absolute)], discovery, add, cwd, options.code === true);
        }
        else {
            add(absolute, true, stat.isFile());
        }
    }
    discovery.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return discovery;
}
/**
 * Depth-first walk. Loops can only come through symbolic links, so a directory's real path is
 * asked of the file system (realpath) only when a link led to it; otherwise it is its parent's
 * real path plus its name.
 */
function walk(root, inherited, discovery, add, cwd, code) {
    const visited = new Set();
    const rootShown = displayPath(cwd, root);
    // Below the working directory a child's shown path is its parent's plus its name, which saves a
    // path.relative() per file; a walk that starts above it (`scan ..`) asks relative() each time.
    const stack = [{ dir: root, matchers: inherited, ...(isBelow(rootShown) ? { shown: rootShown } : {}) }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { dir, shown } = item;
        let entries;
        let real;
        try {
            real = item.real ?? realpathSync.native(dir);
            entries = readdirSync(dir, { withFileTypes: true });
        }
        catch (error) {
            discovery.unreadable.push({ path: displayPath(cwd, dir), reason: describeFsError(error) });
            continue;
        }
        if (visited.has(real)) {
            discovery.notes.push({ path: displayPath(cwd, dir), message: "skipped: a symbolic link back to a directory already scanned" });
            continue;
        }
        visited.add(real);
        const matchers = entries.some((entry) => entry.name === ".gitignore") ? [...item.matchers, gitignoreAt(dir)] : item.matchers;
        for (const entry of entries) {
            const absolute = childPath(dir, entry.name);
            const linked = entry.isSymbolicLink();
            let isDirectory = entry.isDirectory();
            let regular = entry.isFile();
            if (linked) {
                try {
                    const target = statSync(absolute);
                    isDirectory = target.isDirectory();
                    regular = target.isFile();
                }
                catch (error) {
                    // A dangling or looping link with a config name would be a file nobody checked.
                    if (isCandidateName(entry.name))
                        discovery.unreadable.push({ path: displayPath(cwd, absolute), reason: describeFsError(error) });
                    continue;
                }
            }
            if (isDirectory && ALWAYS_SKIPPED.has(entry.name))
                continue;
            if (!isDirectory && !isCandidateName(entry.name) && !(code && isCodeName(entry.name)))
                continue;
            if (isIgnored(matchers, absolute, isDirectory))
                continue;
            const childShown = shown === undefined ? undefined : shown === "." ? entry.name : `${shown}/${entry.name}`;
            if (!isDirectory)
                add(absolute, false, regular, childShown);
            else
                stack.push({ dir: absolute, matchers, ...(linked ? {} : { real: childPath(real, entry.name) }), ...(childShown === undefined ? {} : { shown: childShown }) });
        }
    }
}
/** path.join for a directory and one name from readdir (which holds no separator): no normalising. */
function childPath(dir, name) {
    return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function isBelow(shown) {
    return shown === "." || !(shown === ".." || shown.startsWith("../") || isAbsolute(shown));
}
/**
 * As git decides: the deepest .gitignore with an opinion on the path wins, so a nested
 * `!keep.yaml` re-includes what a parent excluded. `--ignore` (the first matcher) always excludes.
 */
function isIgnored(matchers, absolute, isDirectory) {
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
    const rel = relative(base, absolute);
    // `ignore` accepts only paths inside its base (it throws on "../x" and absolute paths).
    if (rel === "" || rel.startsWith("..") || isAbsolute(rel))
        return undefined;
    const posix = rel.split(sep).join("/");
    const result = rules.test(isDirectory ? `${posix}/` : posix);
    return result.ignored ? "ignored" : result.unignored ? "unignored" : undefined;
}
function gitignoreAt(dir) {
    let text = "";
    try {
        text = readFileSync(join(dir, ".gitignore"), "utf8");
    }
    catch {
        // An unreadable .gitignore ignores nothing; the files under it are then scanned, not lost.
    }
    return { base: dir, rules: ignore().add(text) };
}
/** .gitignore files above a walked directory, up to the repository root (the one holding .git). */
function ancestorGitignores(dir) {
    // A repository root (or a nested repository) inherits nothing from directories above it.
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
    return chain
        .reverse()
        .filter((ancestor) => exists(join(ancestor, ".gitignore")))
        .map(gitignoreAt);
}
function exists(path) {
    try {
        statSync(path);
        return true;
    }
    catch {
        return false;
    }
}
