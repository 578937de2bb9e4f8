// Quoted scalars whose continuation lines are indented less than their block: YAML 1.2 asks for
// the indentation (s-flow-line-prefix), and yaml ends the scalar at the first such line ("Missing
// closing quote"), but libyaml and its Go port yaml.v3, which Compose and kubectl read with, check
// only for a document marker at column 0 inside quotes (go-yaml scannerc.go,
// yaml_parser_scan_flow_scalar). Long `command:` strings with `\` line ends are written so in
// real manifests. Such a scalar is re-indented to its quote's column and the text parsed again:
// leading white space of a continuation line is folded away, so the value does not change.
/**
 * The text with the continuation lines of the quoted scalar opening at `quote` indented to the
 * quote's column, or undefined when the scalar has no closing quote or holds a document marker.
 */
export function reindentQuoted(text, quote) {
    const end = closingQuote(text, quote);
    if (end === -1)
        return undefined;
    const lineStart = text.lastIndexOf("\n", quote - 1) + 1;
    const column = quote - lineStart;
    const parts = [];
    let copied = 0;
    for (let nl = text.indexOf("\n", quote); nl !== -1 && nl < end; nl = text.indexOf("\n", nl + 1)) {
        const start = nl + 1;
        if (/^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(start, start + 4)))
            return undefined;
        let indent = 0;
        while (text[start + indent] === " ")
            indent++;
        const blank = text[start + indent] === "\n" || text[start + indent] === "\r";
        if (blank || indent >= column)
            continue;
        parts.push(text.slice(copied, start), " ".repeat(column - indent));
        copied = start;
    }
    return parts.length === 0 ? undefined : parts.join("") + text.slice(copied);
}
/** The closing quote's offset, as yaml's lexer finds it (`''` and `\"` escape a quote); -1 when none. */
function closingQuote(text, quote) {
    const char = text[quote];
    let end = text.indexOf(char, quote + 1);
    if (char === "'") {
        while (end !== -1 && text[end + 1] === "'")
            end = text.indexOf("'", end + 2);
        return end;
    }
    while (end !== -1) {
        let backslashes = 0;
        while (text[end - 1 - backslashes] === "\\")
            backslashes++;
        if (backslashes % 2 === 0)
            return end;
        end = text.indexOf('"', end + 1);
    }
    return -1;
}
