// Lints one JS/TS text with the plugin's rules through ESLint's Linter, trying each parse mode the
// file's toolchain could use (parse-modes.ts) until one parses. Only what scan needs is kept of
// a run: the port-policy messages and the number of listeners the shared collector found; the
// AST, the SourceCode and every other plugin's concerns are dropped with the run.
//
// Loaded by lint-code.ts only once a file has passed the text prefilter and the quick path
// (quick-lint.ts) has left it to ESLint, so that a scan of code without listeners, or with only
// files the quick path answers, never loads ESLint, and TypeScript's parser (a third of a second on its own)
// is loaded only for the first TypeScript file whose types do not erase (parse-modes.ts). Both are required as CommonJS:
// importing the 9 MB `typescript` module through ESM's named-export analysis takes three times
// as long.
import { createRequire } from "node:module";
import { dirname, join, parse as parsePath } from "node:path";
import { NAMESPACE } from "../core/catalogue.js";
import plugin from "../index.js";
import { trustPolicySettings } from "../../rules/utils/policy-from-context.js";
import { onFileListeners } from "../../rules/utils/listener-visitor.js";
import { missingPackage } from "./missing-package.js";
import { isTypeScriptPath, nothingLeftToLint, parseModes, sourcesIn } from "./parse-modes.js";
const require = createRequire(import.meta.url);
function loadTypeScriptParser() {
    try {
        return { parser: require("@typescript-eslint/parser") };
    }
    catch (error) {
        const missing = missingPackage(error);
        if (missing === undefined)
            throw error;
        return { missing };
    }
}
/** A rule that reports nothing and records what the shared collector found in the file. */
function listenerCounter(record) {
    return {
        meta: { type: "problem", schema: false },
        create: (context) => onFileListeners(context, record),
    };
}
const SCAN_NAMESPACE = `${NAMESPACE}-scan`;
/**
 * The plugin with its rules' option schemas off: scan gives the rules no options (the policy is
 * in settings), and ESLint would otherwise load ajv and compile the same schema once per rule
 * (70 ms measured) to validate nothing.
 */
const scanPlugin = {
    ...plugin,
    rules: Object.fromEntries(Object.entries(plugin.rules ?? {}).map(([id, rule]) => [id, { ...rule, meta: { ...rule.meta, schema: false } }])),
};
/** Every name detect-kind.ts's isCodeName takes, in any letter case (`SERVER.JS`), as globs. */
const ANY_CODE_NAME = ["**/*.[jJtT][sS]", "**/*.[cCmM][jJtT][sS]", "**/*.[jJtT][sS][xX]"];
function languageOptions(mode, parser) {
    const jsx = { ecmaFeatures: { jsx: true } };
    if (mode === "typescript")
        return { parser: parser, sourceType: "module", parserOptions: jsx };
    return { ecmaVersion: "latest", sourceType: mode === "erased" ? "module" : mode, parserOptions: jsx };
}
export function createCodeLinter(options = {}) {
    // The Linter alone: `eslint` itself also loads the ESLint class, RuleTester and their files.
    const { Linter: LinterClass } = require("eslint/universal");
    const last = {};
    const counter = { rules: { "count-listeners": listenerCounter((result) => (last.found = result)) } };
    const shared = (setup) => ({
        // Files were chosen by the scanner's own walk, which honours .gitignore and --ignore; ESLint's
        // default ignores (node_modules) and its extension patterns do not apply to them.
        files: ANY_CODE_NAME,
        plugins: { [NAMESPACE]: scanPlugin, [SCAN_NAMESPACE]: counter },
        rules: { ...setup.rules, [`${SCAN_NAMESPACE}/count-listeners`]: "warn" },
        settings: { [NAMESPACE]: setup.policy },
        // Directives for rules scan does not load are not scan's concern (unused inline configs are
        // not reported by default, and the option does not exist before ESLint 9.19).
        linterOptions: { reportUnusedDisableDirectives: "off" },
    });
    const unignore = { ignores: ["!**/node_modules/", "!.git/"] };
    let typescript;
    const prepare = configArrayPreparer();
    const configs = new WeakMap();
    /** `root`: the file system root of the file, the cwd of the Linter that lints it (below). */
    const configFor = (setup, mode, root) => {
        let byKey = configs.get(setup);
        if (!byKey)
            configs.set(setup, (byKey = new Map()));
        const key = `${mode}\0${root}`;
        const known = byKey.get(key);
        if (known)
            return known;
        let parser;
        if (mode === "typescript") {
            typescript ??= loadTypeScriptParser();
            if ("missing" in typescript)
                return typescript;
            parser = typescript.parser;
        }
        trustPolicySettings(setup.policy);
        const config = prepare([unignore, { ...shared(setup), languageOptions: languageOptions(mode, parser) }], root);
        byKey.set(key, config);
        return config;
    };
    // ESLint matches config patterns relative to its cwd and leaves files outside it unlinted; the
    // file system root puts every file the scanner chose inside it (`scan ../other`).
    const linters = new Map();
    const linterFor = (root) => {
        let linter = linters.get(root);
        if (!linter)
            linters.set(root, (linter = new LinterClass({ cwd: root })));
        return linter;
    };
    return {
        lint(text, absolute, setup) {
            let furthest;
            const root = parsePath(absolute).root;
            for (const mode of parseModes(absolute)) {
                if (mode === "erased" && options.eraseTypes === false)
                    continue;
                for (const source of sourcesIn(mode, text, absolute)) {
                    const nothing = nothingLeftToLint(source, text, absolute, mode);
                    if (nothing)
                        return nothing;
                    const config = configFor(setup, mode, root);
                    if (!Array.isArray(config)) {
                        // TypeScript is optional for JavaScript, which has other modes.
                        if (isTypeScriptPath(absolute))
                            return { checked: false, missing: config.missing };
                        continue;
                    }
                    const run = verify(linterFor(root), source, config, absolute);
                    if (run === "too deep")
                        return tooDeep();
                    const parseError = run.messages.find(isParseError);
                    if (!parseError)
                        return { checked: true, messages: run.messages.filter(isOwn), listeners: run.found?.listeners.length ?? 0, unresolved: run.found?.findings.length ?? 0, mode };
                    if (/call stack|stack space/i.test(parseError.message))
                        return tooDeep();
                    // The erased text's refusal says nothing the TypeScript parser will not say better.
                    if (mode !== "erased" && (!furthest || isAfter(parseError, furthest)))
                        furthest = parseError;
                }
            }
            return notParsed(absolute, furthest);
        },
    };
    function verify(linter, text, config, absolute) {
        last.found = undefined;
        try {
            const messages = linter.verify(text, config, absolute);
            return { messages, found: last.found };
        }
        catch (error) {
            // ESLint's own traversal recurses once per nesting level (a 50,000-deep member chain).
            if (error instanceof RangeError && /call stack/i.test(error.message))
                return "too deep";
            throw error;
        }
    }
}
/**
 * Given a plain array, Linter#verify builds, validates and merges a FlatConfigArray for every
 * file anew: a quarter of the time linting 70 small files takes (308 ms against 228 ms, median
 * of 4). ESLint's own ESLint class builds it once and reuses it, and so does scan. The class is
 * not exported, so it is required by its path in the installed ESLint (9 and 10 keep it there);
 * should a release move it, plain arrays still lint the same, only slower.
 */
export function configArrayPreparer() {
    let FlatConfigArray;
    try {
        const root = dirname(require.resolve("eslint/package.json"));
        const loaded = require(join(root, "lib", "config", "flat-config-array.js")).FlatConfigArray;
        if (typeof loaded === "function")
            FlatConfigArray = loaded;
    }
    catch {
        // A layout this does not know: plain arrays.
    }
    if (!FlatConfigArray)
        return (configs) => configs;
    const Prepared = FlatConfigArray;
    return (configs, basePath) => {
        const array = new Prepared(configs, { basePath });
        array.normalizeSync();
        return array;
    };
}
/** A parser's refusal; other fatal messages (an `/* eslint-env *\/` comment) leave the rules running. */
function isParseError(message) {
    return message.fatal === true && message.message.startsWith("Parsing error:");
}
function isOwn(message) {
    return message.ruleId?.startsWith(`${NAMESPACE}/`) === true;
}
function isAfter(a, b) {
    return a.line > b.line || (a.line === b.line && a.column > b.column);
}
function tooDeep() {
    return { checked: false, reason: "it is nested too deeply for ESLint to parse and analyse" };
}
/** The error of the mode that read furthest into the file: the likeliest intended one. */
function notParsed(absolute, error) {
    const as = isTypeScriptPath(absolute) ? "TypeScript" : "JavaScript (as a module, a CommonJS script, or with TypeScript's parser)";
    // The finding's message ends the sentence: TypeScript's own full stop would double it.
    const detail = error?.message.replace(/^Parsing error:\s*/, "").replace(/\.$/, "") ?? "no parser accepted it";
    const outcome = { checked: false, reason: `it does not parse as ${as}: ${detail}` };
    if (error?.line)
        outcome.line = error.line;
    if (error?.column)
        outcome.column = error.column;
    return outcome;
}
