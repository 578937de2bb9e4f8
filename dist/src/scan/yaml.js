// YAML with positions: every document of a file, parsed as YAML 1.2 (so "8080:80" stays a string,
// no base-60), with offsets kept on every node. yaml's own stages (Lexer → Parser → Composer) are
// driven here one token at a time, so that a file nested too deeply for the composer's recursion
// is refused before it is composed, and an unclosed quote can be named where it opens.
import { Composer, CST, isScalar, Lexer, Parser, Schema } from "yaml";
import { lazyLineCounter } from "./positions.js";
import { reindentQuoted } from "./reindent-quoted.js";
/**
 * Collections nested deeper than this are not composed. yaml composes recursively: from an empty
 * stack it overflows at about 390 nested flow sequences, and once it has overflowed, the next
 * regular expression V8 compiles near the stack limit aborts the whole process (not a catchable
 * error). Real manifests, CRD schemas included, stay below 100.
 */
export const MAX_DEPTH = 256;
/**
 * Scalars are composed with the failsafe schema, as the strings they are written as; the few a
 * front end reads get their YAML 1.2 core-schema type from scalarValue(). Resolving every scalar
 * of every file (labels, commands, env values nobody asks for) was ~4% of the parse.
 *
 * yaml's duplicate-key check (`uniqueKeys`) compares each key with every earlier one of its map,
 * quadratic in the map's size (80,000 keys: 53 s); indexDocument() does it in one pass instead.
 */
const OPTIONS = { version: "1.2", schema: "failsafe", prettyErrors: false, uniqueKeys: false };
/**
 * Re-parses after re-indenting a quoted scalar (reindent-quoted.ts), one scalar each: at most 32,
 * and at most 16 MB of text parsed again in all, so that a 10 MB file costs two parses, not 33.
 */
const MAX_REINDENTS = 32;
const REINDENT_BUDGET = 16 * 1024 * 1024;
/**
 * Parse limits: aliases are expanded only through resolveAlias-aware walkers, never by toJS().
 * A lone CR (old Mac line end) is a line break to YAML 1.2 (§5.4) but not to yaml's lexer; it is
 * read as LF, which keeps every offset. A quoted scalar indented as yaml.v3 takes it but yaml
 * does not is re-indented and parsed again: then `text` is that text (lines keep their numbers,
 * and only the re-indented lines their columns), and the documents' offsets are into it.
 */
export function parseYaml(text) {
    const normalized = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
    let source = normalized;
    const first = parseOnce(source);
    let parsed = first;
    for (let attempt = 1; parsed.cutQuote !== undefined && attempt <= MAX_REINDENTS && attempt * source.length <= REINDENT_BUDGET; attempt++) {
        const relaxed = reindentQuoted(source, parsed.cutQuote);
        if (relaxed === undefined)
            break;
        source = relaxed;
        parsed = parseOnce(source);
        if (!parsed.problem)
            return { docs: parsed.docs, lines: parsed.lines, text: source };
    }
    // Still broken: the first error is the one to fix (an unclosed quote where it opens).
    return { docs: first.docs, lines: first.lines, text: normalized, ...(first.problem ? { problem: first.problem } : {}) };
}
function parseOnce(source) {
    const lines = lazyLineCounter(source);
    const lexer = new Lexer();
    const parser = new Parser();
    const composer = new Composer(OPTIONS);
    const docs = [];
    let scalarNext = false;
    let unclosedQuote;
    for (const lexeme of lexer.lex(source)) {
        // A quoted scalar is one lexeme; a plain or block scalar's text follows the SCALAR marker.
        if (!scalarNext && unclosedQuote === undefined && isUnclosedQuote(lexeme))
            unclosedQuote = parser.offset;
        scalarNext = lexeme === CST.SCALAR;
        for (const token of parser.next(lexeme))
            for (const doc of composer.next(token))
                docs.push(doc);
        if (parser.stack.length > MAX_DEPTH)
            return { docs: [], lines, problem: tooDeep(parser.offset) };
    }
    for (const token of parser.end())
        for (const doc of composer.next(token))
            docs.push(doc);
    for (const doc of composer.end())
        docs.push(doc);
    const error = docs.flatMap((doc) => doc.errors)[0];
    if (!error)
        return { docs, lines };
    const cut = isMissingQuote(error) ? unclosedQuote : undefined;
    return { docs, lines, problem: problemOf(error, cut), ...(cut !== undefined ? { cutQuote: cut } : {}) };
}
function isMissingQuote(error) {
    return error.code === "MISSING_CHAR" && /^Missing closing .quote/.test(error.message);
}
function tooDeep(offset) {
    return { reason: `it nests collections (mappings, lists) more than ${MAX_DEPTH} levels deep, deeper than any configuration file port-policy reads`, start: offset, end: offset };
}
/** A double- or single-quoted scalar lexeme that runs to the end of the text without its closing quote. */
function isUnclosedQuote(lexeme) {
    const quote = lexeme[0];
    if (quote !== '"' && quote !== "'")
        return false;
    if (lexeme.length < 2 || lexeme[lexeme.length - 1] !== quote)
        return true;
    // The closing quote must not be escaped: `\"` in double quotes, `''` in single quotes.
    const escape = quote === '"' ? "\\" : "'";
    let run = 0;
    for (let i = lexeme.length - 2; i > 0 && lexeme[i] === escape; i--)
        run++;
    return run % 2 === 1;
}
/**
 * The first error as a reason and a span. yaml notices a missing closing quote at the end of the
 * text; the quote that opens the scalar is where a reader can fix it.
 */
function problemOf(error, quote) {
    const [start, end] = error.pos;
    if (quote !== undefined)
        return { reason: yamlErrorReason(error), start: quote, end: quote + 1 };
    return { reason: yamlErrorReason(error), start, end: Math.max(end, start) };
}
/** Digits only, short enough to be exact as a number: what the core int tag reads as `Number(value)`. */
const DECIMAL = /^[0-9]{1,15}$/;
const CORE_TAGS = new Schema({ schema: "core" }).tags.filter((tag) => "test" in tag && tag.test instanceof RegExp);
/**
 * A scalar's value as YAML 1.2's core schema gives it (what `yaml` returns by default): a plain
 * `8080` is a number, `true` a boolean, `~` or nothing null; quoted text stays a string. An
 * explicit tag (`!!int "8080"`) resolves the same way; `!!str`, or any other, keeps the text.
 */
export function scalarValue(node) {
    const { value } = node;
    if (typeof value !== "string")
        return value;
    const explicit = node.tag;
    if (!explicit && (node.type !== "PLAIN" || isPlainText(value)))
        return value;
    // The core schema's decimal integer, the commonest typed scalar here (every port).
    if (!explicit && DECIMAL.test(value))
        return Number(value);
    for (const tag of CORE_TAGS) {
        if ((explicit === undefined || tag.tag === explicit) && tag.test.test(value)) {
            const resolved = tag.resolve(value, () => undefined, {});
            return isScalar(resolved) ? resolved.value : resolved;
        }
    }
    return value;
}
/** The words the core schema reads as null and booleans; every other tag needs `-+.0-9~` first. */
const CORE_WORDS = new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
/**
 * A plain scalar no core-schema tag can take, so `nginx`, `TCP` or `apiVersion` need no test
 * at all: most scalars a scan reads are such text. (Character codes, not a regular expression:
 * this runs for nearly every scalar read.)
 */
export function isPlainText(value) {
    if (value.length === 0)
        return false;
    const c = value.charCodeAt(0);
    // - + . 0–9 ~
    if (c === 0x2d || c === 0x2b || c === 0x2e || (c >= 0x30 && c <= 0x39) || c === 0x7e)
        return false;
    return !CORE_WORDS.has(value);
}
/** A parse error as a parse-error finding's reason: "invalid YAML: …", one line. */
export function yamlErrorReason(error) {
    const message = error.message.split("\n")[0] ?? error.message;
    return `invalid YAML: ${message.replace(/\.$/, "")}`;
}
/**
 * Offsets of the part [from, to) of a scalar's value in the source, when the source spells the
 * value character for character (plain, or quoted without escapes). Otherwise the whole scalar.
 */
export function scalarSpan(node, text, from = 0, to) {
    const [start, valueEnd] = node.range ?? [0, 0];
    const value = String(scalarValue(node));
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    const inner = quoted ? start + 1 : start;
    const literal = text.slice(inner, inner + value.length) === value && (node.type === "PLAIN" || quoted);
    if (!literal)
        return [start, valueEnd];
    return [inner + from, inner + (to ?? value.length)];
}
export { isScalar };
