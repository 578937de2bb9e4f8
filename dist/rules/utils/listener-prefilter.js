// A text test that runs before anything is parsed (issue 14). Every listener form the collector
// knows is written with certain words: a listen-like method name, a server factory's name (with
// a `port` key when the port is an option), a bundler config's file name. A file whose text has
// none of them cannot open a listener, so `scan` does not parse it and the rules return no
// visitor for it. A factory, and a method only some module's servers have (`bind`), also need
// their module named, in the file or in a local module it imports (prefilter-imports.ts): the
// collector knows `server({ port })` as hapi's only through an import. The words come from the
// collector's own tables (server-factories.ts, config-file-names.ts), so a form added there is
// covered here; forms the tables do not describe are listed below, in this one place. Words in
// comments and in prose strings do not count (code-words.ts).
// test/rules/utils/listener-prefilter.test.ts runs the full analysis beside this test over every
// JS/TS file of the corpus, the fixtures and the real repositories in /work/realworld, and fails
// on any file with a listener that it skips.
//
// Data, string tests and file reads only: scan loads this without ESLint or TypeScript.
import { configKind } from "./config-file-names.js";
import { codeOf, moduleReach, moduleWord } from "./prefilter-imports.js";
import { LISTEN_METHODS, OPENING_METHODS, SERVER_FACTORIES, UNTRACED_METHODS, VITE_CONFIG_CALLS } from "./server-factories.js";
/** The option key every `{ port }` form reads (listen-arguments.ts `optionsPort`, config files). */
const PORT_KEY = "port";
/** Forms the tables do not describe, each with the words its analysis reads. */
const OTHER_FORMS = [
    // Bun serves a module's `export default { port, fetch }` (bun.sh/docs/api/http).
    { words: [PORT_KEY, "fetch"] },
    // Deno std's `listenAndServe(":8080", handler)`: the port is in an address string.
    { words: ["listenAndServe"] },
    // `new WebpackDevServer({ port }, compiler)` (webpack-dev-server's Node API).
    { words: ["WebpackDevServer", PORT_KEY] },
];
const isRootPath = (path) => path === "" || path === "default";
/**
 * `x.listen(…)`: the method name alone (an untraced receiver's `listen(port)` is a listener too);
 * `x.bind(…)`, `x.attach(…)`: the method name and a module whose servers open with it. A factory
 * that opens the port itself: the name it is called by, plus `port` when the port is an option,
 * and its module. That name is the last member of its path: whatever way the code reaches a
 * member (a member expression, a destructuring key, an import specifier), the name is written
 * out; only computed access with a non-literal key hides it, and the collector cannot follow
 * that either. A module's own export (`require("socket.io")(3000)`, a default import) is called
 * by any name the code likes, so the module's name stands for it: it is written where the module
 * is imported (lume's is `server`, as in `import Server from "lume/core/server.ts"`: an options
 * object with `server` and `port` keys is not lume's without the import). Vite's API takes a
 * config with ports anywhere (`createServer({ server: { port } })`).
 */
function tableForms() {
    const forms = [...LISTEN_METHODS].map((method) => (UNTRACED_METHODS.has(method) ? { words: [method] } : { words: [method], modules: modulesOpeningWith(method) }));
    for (const [module, table] of Object.entries(SERVER_FACTORIES)) {
        for (const [path, factory] of Object.entries(table)) {
            if (!factory.opensAt)
                continue;
            const port = factory.opensAt === "options-port" ? [PORT_KEY] : [];
            const name = isRootPath(path) ? moduleWord(module) : (path.split(".").pop() ?? path);
            forms.push({ words: [name, ...port], modules: [moduleWord(module)] });
        }
    }
    for (const call of VITE_CONFIG_CALLS)
        forms.push({ words: [call, PORT_KEY], modules: ["vite"] });
    return forms;
}
/** The modules whose servers open their port with `method`: dgram's sockets and gRPC's servers `bind`. */
function modulesOpeningWith(method) {
    const opening = Object.entries(SERVER_FACTORIES).filter(([, table]) => Object.values(table).some((factory) => OPENING_METHODS[factory.api].includes(method)));
    return opening.map(([module]) => moduleWord(module));
}
const FORMS = [...tableForms(), ...OTHER_FORMS];
/** Module names a string may hold among other text, for a form of a module's own export: `"npm:socket.io@4"`. */
const MODULE_WORDS = new Set(Object.entries(SERVER_FACTORIES).flatMap(([module, table]) => Object.entries(table).some(([path, factory]) => factory.opensAt && isRootPath(path)) ? [moduleWord(module)] : []));
/** Every form word, as the whole content of a string: `x["listen"]`, `{ "port": 1 }`, `import { "serve" as s }`. */
const EXACT_WORDS = new Set(FORMS.flatMap((form) => form.words));
/** Words that complete a form by themselves: finding one ends the test. */
const ALONE = new Set(FORMS.filter((form) => form.words.length === 1 && !form.modules).map((form) => form.words[0] ?? ""));
/** The other forms, tested once the text has been searched. */
const TOGETHER = FORMS.filter((form) => !form.words.some((word) => ALONE.has(word)));
/** Where the modules of the forms are named, in the file or in the local modules it imports. */
const REACH = moduleReach(FORMS.flatMap((form) => form.modules ?? []));
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/**
 * Every word as a whole identifier: not preceded or followed by an identifier character, so that
 * `import`, `export` and `report` do not count as `port`, nor `listener` as `listen`. Longest
 * first, so `bindAsync` is tried before `bind`.
 */
function wholeWords(words) {
    const alternatives = [...new Set(words)].sort((a, b) => b.length - a.length).map(escape);
    return new RegExp(`(?<![\\w$])(?:${alternatives.join("|")})(?![\\w$])`, "g");
}
const WORDS = wholeWords(EXACT_WORDS);
// `\u0070ort` and `\u{70}ort` spell `port` in an identifier (ECMA-262 §12.7); the parser reads them as
// the plain name, so the test does too, on a decoded copy, when the text has any.
const UNICODE_ESCAPE = /\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})/g;
/**
 * `fn.bind(this)`, the commonest `bind` in JavaScript, binds a function: a socket's `bind` takes
 * a port, an address or options first, never `this`, `null` or `undefined`.
 */
const FUNCTION_BIND = /\s*\(\s*(?:this|null|undefined)\s*[,)]/y;
/** The first argument of a `bind(`, when it is a name or a member chain (`cursor`, `process.stdout`). */
const CHAIN_ARGUMENT = /\s*\(\s*([\w$]+(?:\s*!?\s*\.\s*[\w$]+)*)\s*!?\s*[,)]/y;
/** The receiver of a `.bind` as written, up to the dot: `process.stdout.write.` in `process.stdout.write.bind`. */
const RECEIVER_CHAIN = /([\w$]+(?:\s*!?\s*\.\s*[\w$]+)*)\s*!?\s*\.\s*$/;
const compact = (chain) => chain.replace(/[\s!]/g, "");
function isFunctionBind(text, start, end) {
    FUNCTION_BIND.lastIndex = end;
    if (FUNCTION_BIND.test(text))
        return true;
    // `obj.method.bind(obj)`: a method bound to its own object, as `process.stdout.write.bind(process.stdout)`.
    CHAIN_ARGUMENT.lastIndex = end;
    const argument = CHAIN_ARGUMENT.exec(text)?.[1];
    const receiver = argument && RECEIVER_CHAIN.exec(text.slice(Math.max(0, start - 200), start))?.[1];
    if (!argument || !receiver)
        return false;
    const own = compact(argument);
    const bound = compact(receiver);
    return bound.startsWith(`${own}.`) && !bound.slice(own.length + 1).includes(".");
}
/** `true` when a form that needs no module is complete in `text`; else the complete forms that need one. */
function completeForms(text) {
    const found = new Set();
    // An exec loop, not matchAll: no iterator per file, and this runs on every file ESLint lints.
    WORDS.lastIndex = 0;
    for (let match = WORDS.exec(text); match; match = WORDS.exec(text)) {
        const word = match[0];
        if (word === "bind" && isFunctionBind(text, match.index, WORDS.lastIndex))
            continue;
        if (ALONE.has(word))
            return true;
        found.add(word);
    }
    if (found.size === 0)
        return [];
    const complete = TOGETHER.filter((form) => form.words.every((word) => found.has(word)));
    return complete.some((form) => !form.modules) ? true : complete;
}
function decodeEscapes(text) {
    return text.replace(UNICODE_ESCAPE, (escaped, braced, four) => {
        const code = Number.parseInt(braced ?? four ?? "", 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : escaped;
    });
}
const MODULE_WORD = wholeWords(MODULE_WORDS);
/** A string the collector may read a name from: a form word itself, or a specifier naming a module. */
function mayName(content) {
    if (EXACT_WORDS.has(content))
        return true;
    MODULE_WORD.lastIndex = 0;
    return MODULE_WORD.test(content);
}
/**
 * False only when the file cannot open a listener the collector would find: no listener form's
 * words are in `text` (or its module is named nowhere the collector looks), and `filename` is not
 * a bundler config the collector reads by name. `physicalFilename` is where its imports resolve
 * from (ESLint's for a code block of a Markdown file).
 */
export function mayOpenListener(text, filename, physicalFilename = filename) {
    if (configKind(filename) !== undefined)
        return true;
    // Most files fail on their raw text already; the rest are tested again without their prose.
    const raw = formsIn(text);
    if (raw !== true && raw.length === 0)
        return false;
    const code = formsIn(codeOf(text, filename, mayName));
    if (code === true)
        return true;
    const modules = [...new Set(code.flatMap((form) => form.modules ?? []))];
    return modules.length > 0 && REACH.names(physicalFilename, text, modules);
}
function formsIn(text) {
    const plain = completeForms(text);
    if (plain === true || !text.includes("\\u"))
        return plain;
    const decoded = completeForms(decodeEscapes(text));
    return decoded === true ? true : [...new Set([...plain, ...decoded])];
}
const decided = new WeakMap();
/**
 * The same for a file ESLint has parsed, asked once per file however many rules ask: `key` is an
 * object ESLint shares between the rules of one file (its SourceCode).
 */
export function mayOpenListenerIn(key, text, filename, physicalFilename = filename) {
    const known = decided.get(key);
    if (known !== undefined)
        return known;
    const result = mayOpenListener(text, filename, physicalFilename);
    decided.set(key, result);
    return result;
}
/** The words the test looks for, for the docs and the tests. */
export function prefilterForms() {
    return FORMS;
}
