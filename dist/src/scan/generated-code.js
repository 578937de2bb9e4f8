// JS/TS that a tool wrote, told by its content as GitHub Linguist's generated.rb tells it: a
// header that says so (`@generated`, "Code generated … DO NOT EDIT"), minified lines, or a
// trailing sourceMappingURL comment (compiled output whose source is linted instead). Its
// listeners are its source's or a library's, not the user's. Only the first 4 KB and the last
// 1 KB count: enough for a header, a minified first line and a source-map comment. The text is
// the one lint-code.ts has read for the prefilter, so the test costs no second read of the file.
const HEAD_CHARACTERS = 4096;
const TAIL_CHARACTERS = 1024;
const HEADER_LINES = 10;
/** Linguist's threshold for minified JS: the average line is longer than 110 characters. */
const MINIFIED_AVERAGE = 110;
/** Hand-written files can have one long line (a data URL, a regex); minified ones always do. */
const MINIFIED_LONGEST = 500;
const GENERATED_MARK = /@generated\b/;
const DO_NOT_EDIT = /\bgenerated\b.*\bdo not edit\b|\bdo not edit\b.*\bgenerated\b/i;
const SOURCE_MAP = /^\/[*/][#@] source(?:Mapping)?URL=/;
const MINIFIABLE = /\.[cm]?js$/i;
/** A line that starts a comment: `// Code generated … DO NOT EDIT.`, ` * @generated`, `# …`. */
const COMMENT_START = /^\s*(?:\/\/|\/\*|\*|#)/;
/** The header lines that are comments, a block comment's inner lines included: not code that quotes a header. */
function commentLines(head) {
    const comments = [];
    let inBlock = false;
    for (const line of head.split("\n", HEADER_LINES)) {
        if (inBlock || COMMENT_START.test(line))
            comments.push(line);
        const opened = line.lastIndexOf("/*");
        const closed = line.lastIndexOf("*/");
        inBlock = opened > closed || (inBlock && closed === -1);
    }
    return comments;
}
function headerReason(head) {
    const lines = commentLines(head);
    if (lines.some((line) => GENERATED_MARK.test(line)))
        return "generated (its header says @generated)";
    if (lines.some((line) => DO_NOT_EDIT.test(line)))
        return "generated (its header says generated, do not edit)";
    return undefined;
}
function minifiedReason(head) {
    const lines = head.split("\n");
    const longest = Math.max(...lines.map((line) => line.length));
    const average = Math.round(head.length / lines.length);
    return average > MINIFIED_AVERAGE && longest > MINIFIED_LONGEST ? `minified (its first lines average ${average} characters)` : undefined;
}
function sourceMapReason(tail) {
    // The last two lines, as Linguist reads them: the last one may be empty.
    const lines = tail.split("\n").slice(-2);
    return lines.some((line) => SOURCE_MAP.test(line)) ? "compiled output (it ends with a sourceMappingURL comment)" : undefined;
}
/** Why a JS/TS file is generated, or undefined. */
export function generatedCodeReason(text, path) {
    const head = text.slice(0, HEAD_CHARACTERS);
    const minifiable = MINIFIABLE.test(path);
    const minified = minifiable ? minifiedReason(head) : undefined;
    return headerReason(head) ?? minified ?? (minifiable ? sourceMapReason(text.slice(-TAIL_CHARACTERS)) : undefined);
}
