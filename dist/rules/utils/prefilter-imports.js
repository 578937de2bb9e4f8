// For the prefilter (listener-prefilter.ts): whether a file names a module, itself or through the
// local modules it imports. `server({ port })` is hapi's only where hapi is imported, but the
// collector follows relative imports (local-modules.ts), so `import { server } from "./hapi"` is
// hapi's too when ./hapi names it, or a module ./hapi imports does. The test is on text: a module
// is named by a string that holds its name as a specifier does (`"@hapi/hapi"`, `"node:dgram"`,
// `"npm:@hapi/hapi@21"`), a global by its identifier (`Deno`), in code: comments and prose do not
// count (a doc URL's `/server.111/`). Every relative specifier is followed, to any depth, so
// nothing the collector can reach is missed; a module is read once per process (5 s in an
// editor) and kept as the names it holds and the specifiers it has.
import { readFileSync, statSync } from "node:fs";
import { isTypeScriptPath } from "../../src/scan/parse-modes.js";
import { BoundedCache } from "./bounded-cache.js";
import { withoutProse } from "./code-words.js";
import { resolveRelative } from "./module-resolution.js";
import { GLOBAL_MODULES, normalizeModuleName } from "./server-factories.js";
/** The word a module is written with wherever it is named: the last segment of its name, without a file extension. */
export function moduleWord(module) {
    return (module.split("/").pop() ?? module).replace(/\.[cm]?[jt]sx?$/, "");
}
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/** TypeScript refuses JSX outside .tsx; every JavaScript extension may hold it (Create React App). */
const NO_JSX = /\.[cm]?ts$/i;
/** The text of `filename` without comments and prose strings (code-words.ts), keeping the strings `keepString` accepts. */
export function codeOf(text, filename, keepString) {
    return withoutProse(text, { jsx: !NO_JSX.test(filename), typescript: isTypeScriptPath(filename), ...(keepString ? { keepString } : {}) });
}
/**
 * Strings a relative `import`, `export … from` or `require` may be written with. The closing quote
 * is not consumed: a stray quote before (`/'/.test(s) ? require("./a")`) must not take the opening
 * quote of the next string.
 */
const RELATIVE_SPECIFIER = /["'`](\.\.?(?:\/[^"'`\n]*)?|\/[^"'`\s/][^"'`\n]*)(?=["'`])/g;
export function relativeSpecifiers(text) {
    return [...new Set(Array.from(text.matchAll(RELATIVE_SPECIFIER), (match) => match[1] ?? ""))];
}
/** The collector does not read modules over 1 MB either (local-modules.ts). */
const MAX_BYTES = 1024 * 1024;
/** A reach over the modules written with `words` (moduleWord), with its own cache of the modules it reads. */
export function moduleReach(words) {
    const pattern = namingPattern(words);
    const anyNamed = new RegExp(pattern.source);
    const namedIn = (text) => new Set(Array.from(text.matchAll(pattern), (match) => match[1] ?? match[2] ?? ""));
    // Lexing a module costs ten times a search of its text, and most name nothing even with their
    // comments: only those that do are lexed. A commented-out import is followed all the same.
    const summarize = (file, text) => {
        const named = anyNamed.test(text) ? namedIn(codeOf(text, file)) : new Set();
        return { named, specifiers: relativeSpecifiers(text) };
    };
    const summaries = new BoundedCache(16_384, 5000);
    const summaryOf = (file) => {
        const cached = summaries.get(file);
        if (cached !== undefined)
            return cached ?? undefined;
        const text = readSmall(file);
        const summary = text === undefined ? undefined : summarize(file, text);
        summaries.set(file, summary ?? null);
        return summary;
    };
    const names = (file, text, modules) => {
        const own = summarize(file, text);
        if (modules.some((module) => own.named.has(module)))
            return true;
        const seen = new Set([file]);
        const queue = [{ from: file, specifiers: own.specifiers }];
        for (let next = queue.shift(); next; next = queue.shift()) {
            for (const specifier of next.specifiers) {
                const resolved = resolveRelative(next.from, specifier);
                if (resolved?.kind === "package" && modules.includes(moduleWord(normalizeModuleName(resolved.name))))
                    return true;
                if (resolved?.kind !== "file" || seen.has(resolved.file))
                    continue;
                seen.add(resolved.file);
                const summary = summaryOf(resolved.file);
                if (!summary)
                    continue;
                if (modules.some((module) => summary.named.has(module)))
                    return true;
                queue.push({ from: resolved.file, specifiers: summary.specifiers });
            }
        }
        return false;
    };
    return { names };
}
/**
 * Globals as identifiers (group 1); packages in a string, after its quote, a `/` or a `:`, and
 * before its end, a `/`, an `@` version or an extension (group 2). The character before a package
 * is matched, not looked behind for: a search that starts with a lookbehind tests every position,
 * eight times slower over typeorm's sources.
 */
function namingPattern(words) {
    const unique = [...new Set(words)].sort((a, b) => b.length - a.length);
    const globals = unique.filter((word) => GLOBAL_MODULES.has(word)).map(escape);
    const packages = unique.filter((word) => !GLOBAL_MODULES.has(word)).map(escape);
    const alternatives = [
        `(?<![\\w$])(${globals.join("|") || "(?!)"})(?![\\w$])`,
        `["'\`/:](${packages.join("|") || "(?!)"})(?=["'\`/@.?#])`,
    ];
    return new RegExp(alternatives.join("|"), "g");
}
function readSmall(file) {
    try {
        const size = statSync(file, { throwIfNoEntry: false })?.size;
        return size !== undefined && size <= MAX_BYTES ? readFileSync(file, "utf8") : undefined;
    }
    catch {
        return undefined;
    }
}
