// Finds the config that applies to a directory: the nearest port-policy.config.* or package.json
// with a "portPolicy" key, walking up to the filesystem root. Two candidates in one directory
// are an error rather than a silent pick, so nobody edits the file that is not read.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
export const CONFIG_FILE_NAMES = [
    "port-policy.config.js",
    "port-policy.config.mjs",
    "port-policy.config.cjs",
    "port-policy.config.ts",
    "port-policy.config.mts",
    "port-policy.config.cts",
    "port-policy.config.json",
    "port-policy.config.yaml",
    "port-policy.config.yml",
];
export const PACKAGE_JSON_KEY = "portPolicy";
/** A package.json counts when it has the key; one that mentions it but does not parse is read, so its error is reported. */
function packageJsonHasKey(file) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch {
        return false;
    }
    if (!text.includes(`"${PACKAGE_JSON_KEY}"`))
        return false;
    try {
        return Object.hasOwn(JSON.parse(text), PACKAGE_JSON_KEY);
    }
    catch {
        return true;
    }
}
/**
 * The directory's entries, lower-cased, to test candidate names against: one readdir instead of
 * an existsSync per candidate. Undefined when the directory cannot be listed (missing, not a
 * directory, or searchable but not readable): then each candidate is asked of the file system.
 */
function lowerCasedEntries(directory) {
    try {
        return new Set(readdirSync(directory).map((name) => name.toLowerCase()));
    }
    catch {
        return undefined;
    }
}
function candidatesIn(directory) {
    const entries = lowerCasedEntries(directory);
    // Matched without case, then confirmed by existsSync: on a case-insensitive file system
    // "Port-Policy.config.yml" is found, as existsSync finds it, and a dangling link is not.
    const present = (name) => (entries === undefined || entries.has(name)) && existsSync(join(directory, name));
    const files = CONFIG_FILE_NAMES.filter(present).map((name) => join(directory, name));
    if (present("package.json")) {
        const packageJson = join(directory, "package.json");
        if (packageJsonHasKey(packageJson))
            files.push(packageJson);
    }
    return files;
}
/** The config file of this directory alone: one, none, or an error for two. */
export function configFileIn(directory) {
    const [first, ...others] = candidatesIn(directory);
    if (first !== undefined && others.length > 0) {
        const names = [first, ...others].map((file) => file.slice(directory.length + 1)).join(", ");
        return { ok: false, errors: [{ file: first, pointer: "", code: "multipleConfigFiles", data: { directory, names } }] };
    }
    return { ok: true, file: first };
}
export function findConfigFile(cwd) {
    let directory = resolve(cwd);
    for (;;) {
        const found = configFileIn(directory);
        if (!found.ok || found.file !== undefined)
            return found;
        const parent = dirname(directory);
        if (parent === directory)
            return found;
        directory = parent;
    }
}
