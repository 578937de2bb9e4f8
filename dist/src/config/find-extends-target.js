// Decides what one `extends` entry names: a built-in preset ("port-policy:strict"), a file path
// ("./base.yml", relative to the config that names it) or an npm package resolved from that
// config's directory, whose main/exports points at a config file or a module exporting one.
import { existsSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { CONFIG_FILE_NAMES } from "./find-config-file.js";
import { PRESET_NAMES, presetLayer } from "./preset-layer.js";
import { PRESET_PREFIX } from "./user-config.js";
function isPath(name) {
    return name.startsWith("./") || name.startsWith("../") || isAbsolute(name);
}
/** "recommended" for "port-policy:recommended" is the likeliest slip; say so. */
function presetHint(name) {
    return PRESET_NAMES.includes(`${PRESET_PREFIX}${name}`) ? ` (did you mean "${PRESET_PREFIX}${name}"?)` : "";
}
function tryResolve(require, request) {
    try {
        return require.resolve(request);
    }
    catch {
        return undefined;
    }
}
function findPackage(name, fromFile) {
    const require = createRequire(fromFile);
    const main = tryResolve(require, name);
    if (main !== undefined)
        return { kind: "file", file: main };
    // A package without main/exports may still hold a port-policy.config.* at its root.
    const manifest = tryResolve(require, `${name}/package.json`);
    if (manifest === undefined)
        return { kind: "error", code: "packageNotFound", data: { name, directory: dirname(fromFile), hint: presetHint(name) } };
    const root = dirname(manifest);
    const config = CONFIG_FILE_NAMES.map((fileName) => join(root, fileName)).find((file) => existsSync(file));
    return config ? { kind: "file", file: config } : { kind: "error", code: "packageHasNoConfig", data: { name, directory: root } };
}
export function findExtendsTarget(name, fromFile) {
    if (name.startsWith(PRESET_PREFIX)) {
        const layer = presetLayer(name);
        return layer ? { kind: "preset", layer } : { kind: "error", code: "unknownPreset", data: { name, known: PRESET_NAMES.join(", ") } };
    }
    const target = isPath(name) ? resolve(dirname(fromFile), name) : undefined;
    if (target !== undefined && !existsSync(target))
        return { kind: "error", code: "extendsFileNotFound", data: { name, path: target } };
    const found = target === undefined ? findPackage(name, fromFile) : { kind: "file", file: target };
    // Real paths, so that a cycle through a symlink (pnpm's node_modules) is still seen.
    return found.kind === "file" ? { kind: "file", file: realpathSync(found.file) } : found;
}
