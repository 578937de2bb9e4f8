// Offsets are carried through the scanners; they become 1-based line/column once, here.
import { LineCounter } from "yaml";
/** Builds line starts for a text that was not parsed by `yaml` (env files). */
export function lineCounterFor(text) {
    const counter = new LineCounter();
    counter.addNewLine(0);
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        counter.addNewLine(i + 1);
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
