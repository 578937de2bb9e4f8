// Reads one config file into a plain value, by format: YAML, JSON, package.json's "portPolicy"
// key, or a JS module's default export. Syntax errors come back as ConfigErrors with a line;
// JS configs load with require() (Node 20.19+ loads ES modules that way) in the sync reader and
// import() in the async one, which alone handles top-level await.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { joinPointer, pointerSegments } from "./config-error.js";
import { PACKAGE_JSON_KEY } from "./find-config-file.js";
import { yamlLocator } from "./locate-in-yaml.js";
import { MAX_CONFIG_DEPTH } from "./nesting-depth.js";
const YAML_EXTENSIONS = new Set([".yaml", ".yml"]);
const TS_EXTENSIONS = new Set([".ts", ".mts", ".cts"]);
const JS_EXTENSIONS = new Set([".js", ".mjs", ".cjs", ...TS_EXTENSIONS]);
export const SUPPORTED_EXTENSIONS = [".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".json", ".yaml", ".yml"];
/**
 * Node.js ≥ 22.18 strips TypeScript types itself (process.features.typescript). Older ones
 * cannot load a .ts module at all (require() would even read it as JavaScript), so they get a
 * clear error up front instead of a syntax error at the first type annotation.
 */
function typescriptUnsupported(file) {
    if (!TS_EXTENSIONS.has(extname(file)) || process.features.typescript)
        return undefined;
    return failure(file, "typescriptUnsupported", { version: process.version });
}
const noPositions = () => undefined;
function failure(file, code, data, position) {
    return { ok: false, errors: [{ file, pointer: "", code, data, ...position }] };
}
function readText(file) {
    try {
        return { ok: true, text: readFileSync(file, "utf8") };
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return { ok: false, result: failure(file, "configNotFound", { path: file }) };
        return { ok: false, result: failure(file, "readFailed", { reason: error.message }) };
    }
}
function parseYaml(file, text) {
    const lineCounter = new LineCounter();
    let document;
    try {
        document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    }
    catch (error) {
        // The composer recurses per nesting level: thousands of levels exhaust the stack.
        if (error instanceof RangeError)
            return failure(file, "tooDeep", { limit: MAX_CONFIG_DEPTH });
        throw error;
    }
    const [first] = document.errors;
    if (first) {
        const { line, col } = lineCounter.linePos(first.pos[0]);
        // The yaml package turns its own stack overflow on deep nesting into a parse error.
        if (first.message.includes("Maximum call stack size exceeded"))
            return failure(file, "tooDeep", { limit: MAX_CONFIG_DEPTH }, { line, column: col });
        return failure(file, "yamlSyntax", { reason: first.message.replace(/\.$/, "") }, { line, column: col });
    }
    try {
        // An empty file is an empty config: it extends port-policy:recommended and changes nothing.
        const value = document.toJS({ maxAliasCount: 100 }) ?? {};
        return { ok: true, config: { file, value, prefix: "", locate: yamlLocator(document, lineCounter) } };
    }
    catch (error) {
        return failure(file, "yamlSyntax", { reason: error.message.replace(/\.$/, "") }, { line: 1, column: 1 });
    }
}
/** JSON.parse reports "at position N"; turn that into a line and column. */
function jsonErrorPosition(text, message) {
    const match = /position (\d+)/.exec(message);
    if (!match)
        return undefined;
    const before = text.slice(0, Number(match[1]));
    const lines = before.split("\n");
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
/** Positions come from reading the same text as YAML, only when an error needs one. */
function lazyJsonLocator(text) {
    let locate;
    return (segments, part) => {
        if (!locate) {
            const lineCounter = new LineCounter();
            try {
                locate = yamlLocator(parseDocument(text, { lineCounter }), lineCounter);
            }
            catch {
                // Too deep for the YAML composer's recursion: the errors go without positions.
                locate = noPositions;
            }
        }
        return locate(segments, part);
    };
}
function parseJson(file, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const message = error.message;
        return failure(file, "jsonSyntax", { reason: message.replace(/ in JSON at position \d+.*$/, "") }, jsonErrorPosition(text, message));
    }
    const locate = lazyJsonLocator(text);
    if (basename(file) !== "package.json")
        return { ok: true, config: { file, value, prefix: "", locate } };
    const inner = value?.[PACKAGE_JSON_KEY];
    const prefix = joinPointer("", PACKAGE_JSON_KEY);
    return { ok: true, config: { file, value: inner ?? {}, prefix, locate: (segments, part) => locate([PACKAGE_JSON_KEY, ...segments], part) } };
}
/** `export default {…}` or `module.exports = {…}`. */
function moduleValue(loaded) {
    return loaded !== null && typeof loaded === "object" && "default" in loaded ? loaded.default : loaded;
}
function jsLoadFailed(file, error) {
    if (error.code === "ERR_REQUIRE_ASYNC_MODULE")
        return failure(file, "needsAsyncLoad", {});
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
    return failure(file, "jsLoadFailed", { reason: reason.replace(/\.$/, "") });
}
function readTextConfig(file) {
    const text = readText(file);
    if (!text.ok)
        return text.result;
    const extension = extname(file);
    if (YAML_EXTENSIONS.has(extension))
        return parseYaml(file, text.text);
    if (extension === ".json")
        return parseJson(file, text.text);
    return failure(file, "readFailed", { reason: `${extension || "a file without extension"} is not a config format (use ${SUPPORTED_EXTENSIONS.join(", ")})` });
}
export function readConfigFileSync(file) {
    if (!JS_EXTENSIONS.has(extname(file)))
        return readTextConfig(file);
    if (!existsSync(file))
        return failure(file, "configNotFound", { path: file });
    const unsupported = typescriptUnsupported(file);
    if (unsupported)
        return unsupported;
    try {
        const value = moduleValue(createRequire(file)(file));
        return { ok: true, config: { file, value, prefix: "", locate: noPositions } };
    }
    catch (error) {
        return jsLoadFailed(file, error);
    }
}
export async function readConfigFile(file) {
    if (!JS_EXTENSIONS.has(extname(file)))
        return readTextConfig(file);
    if (!existsSync(file))
        return failure(file, "configNotFound", { path: file });
    const unsupported = typescriptUnsupported(file);
    if (unsupported)
        return unsupported;
    try {
        const value = moduleValue(await import(pathToFileURL(file).href));
        return { ok: true, config: { file, value, prefix: "", locate: noPositions } };
    }
    catch (error) {
        return jsLoadFailed(file, error);
    }
}
/** Adds line and column to errors in this file: at the key for key errors, else at the value. */
export function atPositions(raw, errors) {
    return errors.map((error) => {
        if (error.line !== undefined || !error.pointer.startsWith(raw.prefix))
            return error;
        const segments = pointerSegments(error.pointer.slice(raw.prefix.length));
        const onKey = error.code === "unknownKey" || error.code === "unknownRule" || ((error.code === "badPortSpec" || error.code === "registryOverlap") && segments[0] === "registry");
        const position = raw.locate(segments, onKey ? "key" : "value");
        return position ? { ...error, ...position } : error;
    });
}
