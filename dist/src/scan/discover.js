// Which files a scan reads. Directories are walked, keeping the names some reader wants (the
// WALKED table), leaving alone what .gitignore hides, node_modules and .git (silently, as git
// and ESLint do) and vendored or generated paths (noted, for --verbose). Symbolic links are
// followed while they stay inside the walked directory. An entry with a wanted name that cannot
// be read as a regular file (a FIFO, a device, a dangling link) is reported as not checked.
// File arguments are taken whatever their names, because pre-commit and lint-staged pass staged
// files one by one.
import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import ignore from "ignore";
import { isCandidateName, isCodeName, kindFromPath } from "./detect-kind.js";
import { NO_ATTRIBUTES, NO_RULES, attributesOf, gitignoreAt, isIgnored, repositoryAncestors, withGitattributesAt, exists, } from "./ignore-files.js";
import { describeFsError } from "./read-source.js";
import { vendoredDirectoryReason, vendoredFileReason } from "./vendored.js";
/**
 * The names a directory walk keeps, and who reads them: a new kind of file is a new row (and
 * its reader). `code` rows count only when the scan lints code.
 */
const WALKED = [
    { reader: "config", matches: isCandidateName },
    { reader: "code", matches: isCodeName },
];
const ALWAYS_SKIPPED = new Set(["node_modules", ".git"]);
export function displayPath(cwd, absolute) {
    const rel = relative(cwd, absolute);
    return (rel === "" ? "." : rel).split(sep).join("/");
}
export function discoverFiles(paths, options) {
    const { cwd } = options;
    const discovery = { files: [], unreadable: [], notes: [] };
    const cli = { base: cwd, rules: options.ignore?.length ? ignore().add([...options.ignore]) : NO_RULES };
    const seen = new Set();
    const add = (absolute, explicit, path = displayPath(cwd, absolute)) => {
        if (seen.has(absolute))
            return;
        seen.add(absolute);
        discovery.files.push({ absolute, path, explicit });
    };
    const context = { cwd, options, discovery, add };
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
            walk(absolute, cli, context);
        }
        else if (stat.isFile()) {
            add(absolute, true);
        }
        else {
            discovery.unreadable.push({ path: displayPath(cwd, absolute), reason: notRegularReason(stat) });
        }
    }
    const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    discovery.files.sort(byPath);
    // Whatever order readdir gave, --verbose and the not-checked findings come out the same.
    discovery.notes.sort(byPath);
    discovery.unreadable.sort(byPath);
    return discovery;
}
/**
 * What something with a file's name is instead: reading it could block forever (a FIFO) or
 * never end (/dev/zero), so it is not read at all.
 */
function notRegular(type) {
    if (type.isFIFO())
        return "a named pipe (FIFO)";
    if (type.isCharacterDevice())
        return "a character device";
    if (type.isBlockDevice())
        return "a block device";
    return type.isSocket() ? "a socket" : "something other than a file";
}
function notRegularReason(type) {
    return `it is ${notRegular(type)}, not a regular file`;
}
const DIRECTORY = { type: "directory" };
const FILE = { type: "file" };
/**
 * Depth-first walk. Loops can only come through symbolic links, so a directory's real path is
 * asked of the file system (realpath) only when a link led to it; otherwise it is its parent's
 * real path plus its name. Directories reached through links wait until the real ones are done,
 * so a directory and a link to it are listed under the directory's own path, whatever order
 * readdir gives.
 */
function walk(root, cli, context) {
    const { cwd, discovery, add, options } = context;
    const visited = new Set();
    const rootShown = displayPath(cwd, root);
    const rootReal = realpathSync.native(root);
    const ancestors = repositoryAncestors(root);
    const rootAttributes = options.includeVendored ? NO_ATTRIBUTES : ancestors.reduce((rules, dir) => withGitattributesAt(dir, rules), NO_ATTRIBUTES);
    const rootMatchers = [cli, ...ancestors.filter((dir) => exists(`${dir}${sep}.gitignore`)).map(gitignoreAt)];
    // Below the working directory a child's shown path is its parent's plus its name, which saves a
    // path.relative() per file; a walk that starts above it (`scan ..`) asks relative() each time.
    const stack = [
        { dir: root, below: "", real: rootReal, matchers: rootMatchers, attributes: rootAttributes, ...(isBelow(rootShown) ? { shown: rootShown } : {}) },
    ];
    const linked = [];
    const linkedFiles = [];
    const scannedReal = new Set();
    for (let item = stack.pop() ?? linked.pop(); item; item = stack.pop() ?? linked.pop()) {
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
        const attributes = !options.includeVendored && entries.some((entry) => entry.name === ".gitattributes") ? withGitattributesAt(dir, item.attributes) : item.attributes;
        for (const dirent of entries) {
            const { name } = dirent;
            // Most entries are plain files no reader wants: dropped before any path is built.
            const plainDirectory = dirent.isDirectory();
            const reader = plainDirectory ? undefined : readerOf(name, options);
            if (!plainDirectory && reader === undefined && !dirent.isSymbolicLink())
                continue;
            const absolute = childPath(dir, name);
            const entry = plainDirectory ? DIRECTORY : classify(dirent, absolute, rootReal, reader !== undefined, options);
            if (entry === undefined)
                continue;
            const isDirectory = entry.type === "directory" || (entry.type === "outside" && entry.directory);
            if (isDirectory && ALWAYS_SKIPPED.has(name))
                continue;
            if (isIgnored(matchers, absolute, isDirectory))
                continue;
            const childShown = shown === undefined ? undefined : shown === "." ? name : `${shown}/${name}`;
            const below = item.below === "" ? name : `${item.below}/${name}`;
            if (entry.type === "file") {
                const vendored = options.includeVendored ? undefined : vendoredReason(attributes, absolute, below, reader === "code");
                if (vendored)
                    discovery.notes.push({ path: childShown ?? displayPath(cwd, absolute), message: `skipped: ${vendored} (--include-vendored scans it)` });
                else if (entry.real)
                    linkedFiles.push({ absolute, shown: childShown ?? displayPath(cwd, absolute), real: entry.real });
                else {
                    scannedReal.add(childPath(real, name));
                    add(absolute, false, childShown);
                }
            }
            else if (entry.type === "directory") {
                const vendored = options.includeVendored || attributes.unvendors ? undefined : vendoredDirectoryReason(below);
                if (vendored) {
                    discovery.notes.push({ path: childShown ?? displayPath(cwd, absolute), message: `skipped: ${vendored} (--include-vendored scans it)` });
                    continue;
                }
                const pending = { dir: absolute, below, matchers, attributes, ...(childShown === undefined ? {} : { shown: childShown }) };
                if (entry.real)
                    linked.push({ ...pending, real: entry.real });
                else
                    stack.push({ ...pending, real: childPath(real, name) });
            }
            else {
                noteOrReport(entry, childShown ?? displayPath(cwd, absolute), rootShown, discovery);
            }
        }
    }
    // A link to a file the walk lists anyway (`docker-compose.yml -> compose.yaml`) would report
    // every finding twice, and put one compose file twice into its project.
    for (const file of linkedFiles) {
        if (scannedReal.has(file.real)) {
            discovery.notes.push({ path: file.shown, message: `skipped: a symbolic link to ${displayPath(cwd, file.real)}, which is scanned under its own name` });
        }
        else {
            scannedReal.add(file.real);
            add(file.absolute, false, file.shown);
        }
    }
}
/** Entries that are neither a file to read nor a directory to enter: said why, one way or the other. */
function noteOrReport(entry, path, rootShown, discovery) {
    if (entry.type === "note")
        discovery.notes.push({ path, message: entry.message });
    else if (entry.type === "outside") {
        discovery.notes.push({ path, message: `skipped: a symbolic link to ${entry.target}, outside the scanned directory ${rootShown} (--follow-external-links follows it)` });
    }
    else
        discovery.unreadable.push({ path, reason: entry.reason });
}
function readerOf(name, options) {
    return WALKED.find((row) => (row.reader !== "code" || options.code === true) && row.matches(name))?.reader;
}
/**
 * A directory entry as the walk treats it. Links are followed to what they name; a link whose
 * target lies outside the walked directory is not entered or read (content from elsewhere on
 * the machine must not end up in a report uploaded from CI), unless it is something a scan
 * could not read anyway, which is then reported as such.
 */
function classify(dirent, absolute, rootReal, wanted, options) {
    if (!dirent.isSymbolicLink())
        return dirent.isFile() ? FILE : { type: "special", reason: notRegularReason(dirent) };
    let target;
    let real;
    try {
        target = statSync(absolute);
        real = realpathSync.native(absolute);
    }
    catch (error) {
        if (!wanted)
            return undefined;
        // `.env -> settings.conf` that a setup script writes: Compose reads a missing .env as empty.
        const absent = error.code === "ENOENT" && kindFromPath(dirent.name) === "env";
        if (absent)
            return { type: "note", message: "skipped: a symbolic link to a file that does not exist (Compose reads a missing env file as empty)" };
        // Any other dangling or looping link with a wanted name would be a file nobody checked.
        return { type: "unreadable", reason: describeFsError(error) };
    }
    const directory = target.isDirectory();
    if (!directory && !wanted)
        return undefined;
    // The target's name stays out of the finding: it is a path outside the repository.
    if (!directory && !target.isFile())
        return { type: "special", reason: `it is a symbolic link to ${notRegular(target)}, not to a regular file` };
    if (!options.followExternalLinks && !isInside(rootReal, real))
        return { type: "outside", target: real, directory };
    return directory ? { type: "directory", real } : { type: "file", real };
}
function vendoredReason(attributes, absolute, below, isCode) {
    if (attributes.rules.length === 0)
        return vendoredFileReason(below, isCode);
    const { vendored, generated } = attributesOf(attributes, absolute);
    if (vendored)
        return "linguist-vendored in .gitattributes";
    if (generated)
        return "linguist-generated in .gitattributes";
    if (vendored === false || generated === false)
        return undefined;
    return vendoredFileReason(below, isCode);
}
function isInside(rootReal, real) {
    const rel = relative(rootReal, real);
    return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}
/** path.join for a directory and one name from readdir (which holds no separator): no normalising. */
function childPath(dir, name) {
    return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
function isBelow(shown) {
    return shown === "." || !(shown === ".." || shown.startsWith("../") || isAbsolute(shown));
}
