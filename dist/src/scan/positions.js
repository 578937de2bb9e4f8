// Offsets are carried through the scanners; they become 1-based line/column once, here.
import { LineCounter } from "yaml";
// A line ends at LF, CRLF or a lone CR (old Mac files), as YAML 1.2 §5.4 and dotenv both read them.
const LINE_BREAK = /\r\n?|\n/g;
/** Line starts of a text, in one pass. */
export function lineCounterFor(text) {
    const counter = new LineCounter();
    counter.addNewLine(0);
    if (!text.includes("\r")) {
        for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
            counter.addNewLine(i + 1);
        return counter;
    }
    for (const match of text.matchAll(LINE_BREAK))
        counter.addNewLine(match.index + match[0].length);
    return counter;
}
// ESLint's line breaks (ECMA-262 §12.3 LineTerminatorSequence): its `line` counts each of them.
export const ESLINT_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** Line starts as ESLint counts lines in code, in one pass. */
export function eslintLineCounter(text) {
    const counter = new LineCounter();
    counter.addNewLine(0);
    for (const match of text.matchAll(ESLINT_LINE_BREAK))
        counter.addNewLine(match.index + match[0].length);
    return counter;
}
/**
 * Line starts found on first use, in one pass over the text. yaml's LineCounter instead fills as
 * the lexer meets each newline, a callback per line of every file that cost ~2% of a scan, for
 * files whose positions are asked a few times or never.
 */
export function lazyLineCounter(text) {
    let counter;
    const lines = () => (counter ??= lineCounterFor(text));
    return {
        get lineStarts() {
            return lines().lineStarts;
        },
        addNewLine: (offset) => lines().addNewLine(offset),
        linePos: (offset) => lines().linePos(offset),
    };
}
/** Origin of the text between two offsets; `end` is exclusive. */
export function originAt(file, lines, start, end, fallback = false) {
    const from = lines.linePos(start);
    const to = lines.linePos(Math.max(end, start));
    const origin = { file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
    if (fallback)
        origin.fallback = true;
    return origin;
}
