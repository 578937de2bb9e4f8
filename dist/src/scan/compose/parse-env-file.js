import { interpolate } from "./interpolate.js";
// Go's unicode.IsSpace, and the parser's isSpace (the same minus "\n").
const UNICODE_SPACE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const INLINE_SPACE = /[\t\v\f\r \u0085\u00a0]/;
const KEY_CHAR = /[\p{L}\p{N}_.\-[\]]/u;
const ESCAPE = /\\(?:[abcfnrtv$"\\]|0\d{0,3})/g;
const SIMPLE_ESCAPES = {
    a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", '"': '"', "\\": "\\",
};
/** Parses a whole file. Keys starting with a digit are kept, as the parse used for `.env` keeps them. */
export function parseComposeEnvFile(text, lookup = () => undefined) {
    const state = { text, lookup, entries: [], values: {} };
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
        const start = statementStart(text, at);
        if (start === -1)
            return { ok: true, entries: state.entries, values: state.values };
        const step = statement(state, start);
        if ("error" in step)
            return { ok: false, ...step, entries: state.entries, values: state.values };
        at = step.next;
    }
}
/** Skips blank space and `#` comment lines; -1 at the end of the file. */
function statementStart(text, from) {
    let at = from;
    for (;;) {
        while (at < text.length && UNICODE_SPACE.test(text[at] ?? ""))
            at++;
        if (at >= text.length)
            return -1;
        if (text[at] !== "#")
            return at;
        const newline = text.indexOf("\n", at);
        if (newline === -1)
            return -1;
        at = newline;
    }
}
function statement(state, start) {
    const { text } = state;
    let at = start;
    // compose-go trims "export" only when whitespace follows it (`exportFOO=1` is the key exportFOO).
    if (/^export\s/.test(text.slice(at, at + 7)))
        at = skipInline(text, at + "export".length);
    const keyStart = at;
    let separator = -1;
    while (at < text.length) {
        const char = String.fromCodePoint(text.codePointAt(at) ?? 0);
        if (char === "=" || char === ":" || char === "\n") {
            separator = at;
            break;
        }
        if (!INLINE_SPACE.test(char) && !KEY_CHAR.test(char)) {
            const line = text.slice(keyStart, lineEndFrom(text, keyStart));
            return failure(text, at, `unexpected character ${JSON.stringify(char)} in variable name ${JSON.stringify(line)}`);
        }
        at += char.length;
    }
    // A bare key on the last line with no newline: compose-go leaves the key empty and reads the
    // whole line as its value (executed quirk, see syntax.md §3.2).
    const key = separator === -1 ? "" : text.slice(keyStart, separator).replace(/\s+$/u, "");
    if (key.includes(" "))
        return failure(text, keyStart, "key cannot contain a space");
    const keyEnd = keyStart + key.length;
    if (separator !== -1 && text[separator] === "\n") {
        const inherited = state.lookup(key);
        if (inherited !== undefined)
            state.values[key] = inherited;
        return { next: separator + 1 };
    }
    const valueFrom = separator === -1 ? keyStart : skipInline(text, separator + 1);
    const quote = text[valueFrom];
    return quote === '"' || quote === "'"
        ? quotedValue(state, key, keyStart, keyEnd, valueFrom)
        : unquotedValue(state, key, keyStart, keyEnd, valueFrom);
}
function unquotedValue(state, key, keyStart, keyEnd, from) {
    const { text } = state;
    const lineEnd = lineEndFrom(text, from);
    let raw = text.slice(from, lineEnd);
    const comment = raw.indexOf(" #");
    if (comment !== -1)
        raw = raw.slice(0, comment);
    raw = raw.replace(/[\s\u0085]+$/u, "");
    const expanded = expandVariables(state, raw, from);
    if ("error" in expanded)
        return expanded;
    record(state, { key, value: expanded.value, keyStart, keyEnd, valueStart: from, valueEnd: from + raw.length, exact: expanded.value === raw });
    return { next: lineEnd + 1 };
}
function quotedValue(state, key, keyStart, keyEnd, from) {
    const { text } = state;
    const quote = text[from];
    let chars = "";
    let escaped = false;
    for (let i = from + 1; i < text.length; i++) {
        const char = text[i] ?? "";
        if (char !== quote) {
            if (!escaped && char === "\\") {
                escaped = true;
                continue;
            }
            if (escaped)
                chars += "\\";
            escaped = false;
            chars += char;
            continue;
        }
        if (escaped) {
            escaped = false;
            chars += char;
            continue;
        }
        let value = chars;
        if (quote === '"') {
            const expanded = expandVariables(state, expandEscapes(chars), from + 1);
            if ("error" in expanded)
                return expanded;
            value = expanded.value;
        }
        record(state, { key, value, keyStart, keyEnd, valueStart: from + 1, valueEnd: i, exact: value === text.slice(from + 1, i) });
        return { next: i + 1 };
    }
    return failure(text, from, `unterminated quoted value ${text.slice(from, lineEndFrom(text, from))}`);
}
/** Go escapes in double quotes; `\$` becomes `$$` so interpolation keeps a literal "$". */
function expandEscapes(value) {
    return value.replace(ESCAPE, (match) => {
        const code = match.slice(1);
        if (code === "$")
            return "$$";
        if (code.startsWith("0")) {
            // compose-go rewrites `\0NNN` to Go's `\NNN`: exactly three octal digits, at most 255.
            const octal = code.slice(1);
            return /^[0-7]{3}$/.test(octal) && parseInt(octal, 8) <= 255 ? String.fromCharCode(parseInt(octal, 8)) : match;
        }
        return SIMPLE_ESCAPES[code] ?? match;
    });
}
/** `${...}` in a value: the process environment first, then keys defined earlier in the file. */
function expandVariables(state, value, offset) {
    if (!value.includes("$"))
        return { value };
    const result = interpolate(value, (name) => state.lookup(name) ?? state.values[name]);
    if (result.ok)
        return { value: result.value };
    return failure(state.text, offset + result.start, result.error);
}
function record(state, entry) {
    state.entries.push(entry);
    state.values[entry.key] = entry.value;
}
function lineEndFrom(text, from) {
    const newline = text.indexOf("\n", from);
    return newline === -1 ? text.length : newline;
}
function skipInline(text, from) {
    let at = from;
    while (at < text.length && INLINE_SPACE.test(text[at] ?? ""))
        at++;
    return at;
}
function failure(text, offset, message) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
        line++;
    return { error: `line ${line}: ${message}`, offset };
}
