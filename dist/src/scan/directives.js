const DIRECTIVE = /(?:^|\s)#\s*port-policy-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/;
function parseRules(text) {
    const [list = ""] = text.split(/\s--\s|\s--$/);
    return list
        .split(/[\s,]+/)
        .map((rule) => rule.trim())
        .filter(Boolean);
}
export function parseDirectives(file, text) {
    const directives = [];
    // LF, CRLF or a lone CR, as the scanners count lines (positions.ts).
    const lines = text.split(/\r\n?|\n/);
    lines.forEach((lineText, index) => {
        const match = DIRECTIVE.exec(lineText);
        if (!match)
            return;
        const kind = match[1];
        const column = match.index + match[0].indexOf("#") + 1;
        const line = index + 1;
        directives.push({
            kind,
            rules: parseRules(match[2] ?? ""),
            origin: { file, line, column, endLine: line, endColumn: lineText.trimEnd().length + 1 },
        });
    });
    return directives;
}
