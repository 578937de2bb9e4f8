import type { LintOutcome } from "./code-linter.js";
export type ParseMode = "module" | "commonjs" | "erased" | "typescript";
export declare function isTypeScriptPath(path: string): boolean;
export declare function parseModes(path: string): readonly ParseMode[];
/**
 * The texts a mode parses, in order. Erased TypeScript keeps every offset, so messages point into
 * the file as written. Before erasing, TypeScript without a `<` is tried as written: with no
 * generic and no type assertion, TypeScript that parses as JavaScript means that JavaScript
 * (every other piece of type syntax is a JavaScript syntax error), and its erased text would be
 * the same text. That spares Babel's load and a cold parse (50–90 ms for a few small files),
 * which a server entry or a bundler config written in TypeScript rarely needs.
 */
export declare function sourcesIn(mode: ParseMode, text: string, absolute: string): Generator<string>;
/**
 * The prefilter passed the file on words that erasing its types removed (a file of interfaces):
 * nothing the collector reads is left, so it is checked with nothing to lint. Both lint paths
 * (quick-lint.ts, code-linter.ts) ask this of every source, so they answer such a file alike.
 */
export declare function nothingLeftToLint(source: string, text: string, absolute: string, mode: ParseMode): LintOutcome | undefined;
