// Local modules read to follow an import: `const app = require("./app"); app.listen(3000)` is a
// listener only if ./app exports an app or server, which only ./app can say. A module is read
// only when a listen-like call's receiver comes from it, parsed once per process and kept while
// its size and mtime stay the same. Bounds keep a file's lint cost independent of the
// repository: modules over MAX_BYTES are not read, at most MAX_MODULES are kept, and the tracker
// follows at most a few imports in a row (module-tracker.ts).
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { BoundedCache } from "./bounded-cache.js";
import { eraseTypes } from "./erase-types.js";
import { innermostScope, setFileOf } from "./code-source.js";
import { exportTable } from "./module-exports.js";
/** An app module is small; a file this big is generated or bundled, and not an app's entry. */
const MAX_BYTES = 1024 * 1024;
const MAX_MODULES = 256;
const modules = new BoundedCache(MAX_MODULES);
const require = createRequire(import.meta.url);
export function loadLocalModule(file) {
    let stat;
    try {
        stat = statSync(file, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
    if (!stat?.isFile() || stat.size > MAX_BYTES)
        return undefined;
    const cached = modules.get(file);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
        return cached.module ?? undefined;
    const module = parseModule(file);
    modules.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, module: module ?? null });
    return module;
}
function parseModule(file) {
    let text;
    try {
        text = readFileSync(file, "utf8");
    }
    catch {
        return undefined;
    }
    const parsed = /\.[cm]?tsx?$/.test(file) ? parseTypeScript(text, file) : parseJavaScript(text, file);
    if (!parsed)
        return undefined;
    const { ast, scopeManager } = parsed;
    setParents(ast);
    setFileOf(ast, file);
    const source = { ast, getScope: (node) => innermostScope(scopeManager, node) };
    return { file, source, exports: exportTable(ast), memo: new Map() };
}
/**
 * JavaScript with espree and eslint-scope, ESLint's own parser and scope analysis: loading
 * TypeScript for a JavaScript project's module would cost a second (measured: +1.0 s to load the
 * plugin). Module syntax first, then CommonJS (top-level return) and a sloppy-mode script, then JSX.
 */
function parseJavaScript(text, file) {
    const jsx = /\.[cm]?jsx$/.test(file);
    const attempts = [
        { sourceType: "module", jsx },
        { sourceType: "commonjs", jsx },
        { sourceType: "script", jsx },
        ...(jsx ? [] : [{ sourceType: "module", jsx: true }]),
    ];
    for (const attempt of attempts) {
        const parsed = parseWithEspree(text, attempt.sourceType, attempt.jsx);
        if (parsed)
            return parsed;
    }
    return undefined;
}
/**
 * Required, not imported: the CommonJS builds are the ones ESLint has loaded already, where the
 * ES module builds would be loaded a second time (80 ms for eslint-scope's alone).
 */
function javaScriptParser() {
    return { espree: require("espree"), eslintScope: require("eslint-scope") };
}
function parseWithEspree(text, sourceType, jsx) {
    try {
        const { espree, eslintScope } = javaScriptParser();
        const ast = espree.parse(text, { ecmaVersion: "latest", sourceType, range: true, ecmaFeatures: { jsx } });
        const scopeManager = eslintScope.analyze(ast, { ecmaVersion: 2026, sourceType, nodejsScope: sourceType === "commonjs" });
        return { ast: ast, scopeManager: scopeManager };
    }
    catch {
        return undefined;
    }
}
/**
 * TypeScript with its types erased, read as JavaScript (7× faster than typescript-eslint's parser
 * measured over 7,876 real files); else with typescript-eslint's parser, loaded on first use. That
 * one is an optional peer: without it such a module is not read, and a receiver imported from it
 * stays unknown (the fallback for unknown receivers still applies).
 */
function parseTypeScript(text, file) {
    const erased = eraseTypes(text, file);
    const parsed = erased === undefined ? undefined : parseWithEspree(erased, "module", file.endsWith("x"));
    return parsed ?? parseWithTypeScript(text, file);
}
function parseWithTypeScript(text, file) {
    const jsx = file.endsWith("x");
    try {
        const { parseForESLint } = require("@typescript-eslint/parser");
        const { ast, scopeManager } = parseForESLint(text, { sourceType: "module", ecmaVersion: "latest", range: true, loc: false, comment: false, tokens: false, filePath: file, jsx, warnOnUnsupportedTypeScriptVersion: false });
        return { ast: ast, scopeManager: scopeManager };
    }
    catch {
        return undefined;
    }
}
/** The scope analysis needs `parent` links, which ESLint sets while it walks; we walk once here. */
function setParents(root) {
    const stack = [{ node: root, parent: undefined }];
    for (let item = stack.pop(); item; item = stack.pop()) {
        const { node, parent } = item;
        node.parent = parent;
        for (const key in node) {
            if (key === "parent" || key === "range" || key === "loc")
                continue;
            const child = node[key];
            if (Array.isArray(child)) {
                for (const each of child)
                    if (isNode(each))
                        stack.push({ node: each, parent: node });
            }
            else if (isNode(child))
                stack.push({ node: child, parent: node });
        }
    }
}
function isNode(value) {
    return typeof value === "object" && value !== null && typeof value.type === "string";
}
/** Empties the module cache: for benchmarks that stand for separate ESLint runs, and tests. */
export function clearLocalModules() {
    modules.clear();
}
