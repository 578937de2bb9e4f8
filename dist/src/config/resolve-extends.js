// Resolves a config file and everything it extends into layers, in the order they apply:
// each `extends` entry (recursively) before the file's own settings. Written as a generator
// that yields the files it needs read, so one resolution serves the sync loader (require) and
// the async one (import()); see load-config.ts.
import { existsSync, realpathSync } from "node:fs";
import { dirname, relative } from "node:path";
import { findExtendsTarget } from "./find-extends-target.js";
import { atPositions } from "./read-config-file.js";
import { toPolicyLayer } from "./to-policy.js";
import { validateConfig } from "./validate-config.js";
function extendsList(config) {
    if (config.extends === undefined)
        return [];
    if (typeof config.extends === "string")
        return [{ name: config.extends, pointer: "/extends" }];
    return config.extends.map((name, index) => ({ name, pointer: `/extends/${index}` }));
}
/** "port-policy.config.yml → base.yml → port-policy.config.yml", relative to where the chain starts. */
function showChain(files) {
    const root = dirname(files[0] ?? "");
    return files.map((file) => relative(root, file) || file).join(" → ");
}
function* resolveExtends(raw, config, chain) {
    const resolution = { layers: [], files: [], errors: [] };
    for (const { name, pointer } of extendsList(config)) {
        const target = findExtendsTarget(name, raw.file);
        const at = raw.prefix + pointer;
        if (target.kind === "error") {
            resolution.errors.push(...atPositions(raw, [{ file: raw.file, pointer: at, code: target.code, data: target.data }]));
        }
        else if (target.kind === "preset") {
            resolution.layers.push(target.layer);
        }
        else if (chain.includes(target.file)) {
            const cycle = { file: raw.file, pointer: at, code: "extendsCycle", data: { chain: showChain([...chain, target.file]) } };
            resolution.errors.push(...atPositions(raw, [cycle]));
        }
        else {
            const inner = yield* resolveFile(target.file, chain);
            resolution.layers.push(...inner.layers);
            resolution.files.push(...inner.files);
            resolution.errors.push(...inner.errors);
        }
    }
    return resolution;
}
/** `chain` holds the files currently being resolved, outermost first, to report cycles. */
export function* resolveFile(file, chain = []) {
    const real = existsSync(file) ? realpathSync(file) : file;
    const read = yield real;
    if (!read.ok)
        return { layers: [], files: [], errors: read.errors };
    const validated = validateConfig(read.config);
    if (!validated.ok)
        return { layers: [], files: [], errors: validated.errors };
    const resolution = yield* resolveExtends(read.config, validated.config, [...chain, real]);
    if (resolution.errors.length > 0)
        return resolution;
    return { layers: [...resolution.layers, toPolicyLayer(validated.config)], files: [...resolution.files, real], errors: [] };
}
