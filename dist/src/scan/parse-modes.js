// The ways a JS/TS file may be meant to be parsed, in the order they are tried: a file counts as
// not parseable only when every mode its toolchain could use refuses it.
//
// - `.js`, `.mjs`, `.jsx`: an ES module first; then a CommonJS script, as Node runs a `.js` file
//   outside a `"type": "module"` package (top-level `return`, `static` or `yield` as names); then
//   TypeScript's parser, which also reads JavaScript and takes syntax Babel users write
//   (decorators). JSX is on in every mode: Create React App and Vite put it in `.js` files, and no
//   valid program without JSX reads differently with it.
// - `.cjs`: a CommonJS script first (Node never runs it as a module), then the same fallbacks.
// - `.ts`, `.mts`, `.cts`, `.tsx`: first with its types erased (erase-types.ts) as an ES module,
//   which needs neither the TypeScript compiler nor its half-second load; then TypeScript's
//   parser, for syntax that does not erase (enums, decorators) and for the error a file that does
//   not parse gets. It takes JSX from `.tsx` alone, as tsc does.
import { eraseTypes } from "../../rules/utils/erase-types.js";
import { mayOpenListener } from "../../rules/utils/listener-prefilter.js";
const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/i;
const COMMONJS = /\.cjs$/i;
export function isTypeScriptPath(path) {
    return TYPESCRIPT.test(path);
}
export function parseModes(path) {
    if (isTypeScriptPath(path))
        return ["erased", "typescript"];
    return COMMONJS.test(path) ? ["commonjs", "module", "typescript"] : ["module", "commonjs", "typescript"];
}
/**
 * The texts a mode parses, in order. Erased TypeScript keeps every offset, so messages point into
 * the file as written. Before erasing, TypeScript without a `<` is tried as written: with no
 * generic and no type assertion, TypeScript that parses as JavaScript means that JavaScript
 * (every other piece of type syntax is a JavaScript syntax error), and its erased text would be
 * the same text. That spares Babel's load and a cold parse (50–90 ms for a few small files),
 * which a server entry or a bundler config written in TypeScript rarely needs.
 */
export function* sourcesIn(mode, text, absolute) {
    if (mode !== "erased") {
        yield text;
        return;
    }
    if (!text.includes("<"))
        yield text;
    const erased = eraseTypes(text, absolute);
    if (erased !== undefined)
        yield erased;
}
/**
 * The prefilter passed the file on words that erasing its types removed (a file of interfaces):
 * nothing the collector reads is left, so it is checked with nothing to lint. Both lint paths
 * (quick-lint.ts, code-linter.ts) ask this of every source, so they answer such a file alike.
 */
export function nothingLeftToLint(source, text, absolute, mode) {
    return source !== text && !mayOpenListener(source, absolute) ? { checked: true, messages: [], listeners: 0, unresolved: 0, mode } : undefined;
}
