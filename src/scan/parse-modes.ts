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
export type ParseMode = "module" | "commonjs" | "erased" | "typescript";

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/i;
const COMMONJS = /\.cjs$/i;

export function isTypeScriptPath(path: string): boolean {
  return TYPESCRIPT.test(path);
}

export function parseModes(path: string): readonly ParseMode[] {
  if (isTypeScriptPath(path)) return ["erased", "typescript"];
  return COMMONJS.test(path) ? ["commonjs", "module", "typescript"] : ["module", "commonjs", "typescript"];
}
