// A JS/TS text without its prose, for the listener prefilter: comments go, and so do string
// literals and template text that hold whitespace (a message, a doc URL, generated code written
// into a template). What stays is the code and the strings the collector can read a name from: a
// computed member (`x["listen"]`), a quoted key (`{ "port": 1 }`), a module specifier, none of
// which holds whitespace. In a large library most prefilter words are prose: "SQL Server" in a
// JSDoc, `app.listen(3000)` in a code generator's template.
//
// It must never drop code. So it lexes exactly where JS/TS is unambiguous and, at the first point
// where it could be wrong, stops: the rest of the text is kept as it is. Those points are a `/`
// after `)` or `}` (a division or a regex, only a parser knows), a `/` after a TypeScript non-null
// `!`, a `<` where an expression starts in a file that may hold JSX (JSX text is not code, but it
// holds apostrophes and `//` of its own), a string or regex that meets the end of its line, an
// unclosed comment, an unbalanced `}`, and a backslash outside a string or an identifier.
//
// In TypeScript, declarations that are types through and through go too: an `interface`, a
// `declare` class, namespace, module or enum, and a `type` whose value is an object type, each
// from its keyword to the `}` that closes its first brace (what a generic's `{` leaves unclosed
// is kept). A typings file's `port: number` is no port of a listener: only the type eraser
// (erase-types.ts) knew that so far, at the cost of a full parse. The keyword must start a
// statement and its header be on its line: `declare` and `type` are also ordinary names.
var Slash;
(function (Slash) {
    /** A `/` here starts a regular expression (after an operator, `(`, `,`, a keyword, the start). */
    Slash[Slash["Regex"] = 0] = "Regex";
    /** A `/` here divides (after a name, a number, `]`, a literal). */
    Slash[Slash["Divide"] = 1] = "Divide";
    /** Either: the lexer stops. */
    Slash[Slash["Unknown"] = 2] = "Unknown";
})(Slash || (Slash = {}));
/** Keywords after which an expression, and so a regular expression, may start. */
const BEFORE_EXPRESSION = new Set(["return", "typeof", "instanceof", "in", "of", "new", "delete", "void", "throw", "case", "do", "else", "yield", "await", "extends", "default"]);
const isIdentifierPart = (code) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 36 || code > 127;
const isLineBreak = (code) => code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
const isSpace = (code) => code === 32 || code === 9 || code === 11 || code === 12 || code === 0xa0 || code === 0xfeff || isLineBreak(code);
/** What follows a type-only declaration's keyword up to its first `{`, on the keyword's line. */
const TYPE_ONLY_HEADERS = new Map([
    ["interface", /[ \t]+[\w$]+[^{};=()\n]*\{/y],
    ["declare", /[ \t]+(?:(?:abstract[ \t]+)?class|interface|namespace|module|global|(?:const[ \t]+)?enum|type)\b[^{};\n]*\{/y],
    ["type", /[ \t]+[\w$]+[ \t]*(?:<[^<>{}();\n]*>)?[ \t]*=[ \t]*\{/y],
]);
function startsTypeOnly(text, word, end) {
    const header = TYPE_ONLY_HEADERS.get(word);
    if (!header)
        return false;
    header.lastIndex = end;
    return header.test(text);
}
export function withoutProse(text, options) {
    const { jsx, typescript = false, keepString = () => true } = options;
    const parts = [];
    const n = text.length;
    /** Open `{`: false for a block or object, true for a template's `${`. */
    const braces = [];
    let slash = Slash.Regex;
    /** The next token starts a statement (`export` and `export default` keep it so). */
    let statement = true;
    let drop;
    let kept = 0;
    let i = 0;
    const keepUpTo = (end) => {
        if (end > kept)
            parts.push(text.slice(kept, end));
    };
    const stop = () => {
        keepUpTo(n);
        return parts.join("");
    };
    /** Replaces text[from, to) by its content when the content may be a name, else by a space. */
    const literal = (from, to, contentFrom, contentTo) => {
        keepUpTo(from);
        let prose = false;
        for (let k = contentFrom; k < contentTo && !prose; k++)
            prose = isSpace(text.charCodeAt(k));
        parts.push(prose || !keepString(text.slice(contentFrom, contentTo)) ? " " : text.slice(from, to));
        kept = to;
    };
    /** Scans template text from `start` (after a backtick or a `}`); returns where code resumes, or -1. */
    const templateText = (start) => {
        let k = start;
        while (k < n) {
            const code = text.charCodeAt(k);
            if (code === 92)
                k += 2;
            else if (code === 96) {
                literal(start, k + 1, start, k);
                slash = Slash.Divide;
                return k + 1;
            }
            else if (code === 36 && text.charCodeAt(k + 1) === 123) {
                literal(start, k + 2, start, k);
                braces.push(true);
                slash = Slash.Regex;
                return k + 2;
            }
            else
                k++;
        }
        return -1;
    };
    if (text.startsWith("#!")) {
        while (i < n && !isLineBreak(text.charCodeAt(i)))
            i++;
        kept = i;
    }
    while (i < n) {
        const code = text.charCodeAt(i);
        if (isSpace(code)) {
            i++;
        }
        else if (isIdentifierPart(code) || (code === 92 && text.charCodeAt(i + 1) === 117) || code === 35) {
            // A name (with `\u` escapes), a number, a private `#name`.
            const start = i;
            i++;
            while (i < n) {
                const next = text.charCodeAt(i);
                if (isIdentifierPart(next) || (next === 46 && code >= 48 && code <= 57))
                    i++;
                else if (next === 92 && text.charCodeAt(i + 1) === 117)
                    i += 2;
                else
                    break;
            }
            const word = text.slice(start, i);
            slash = BEFORE_EXPRESSION.has(word) ? Slash.Regex : Slash.Divide;
            if (typescript && statement && !drop && startsTypeOnly(text, word, i)) {
                keepUpTo(start);
                kept = start;
                drop = { parts: parts.length, depth: braces.length };
            }
            statement = statement && (word === "export" || word === "default");
        }
        else if (code === 39 || code === 34) {
            let k = i + 1;
            for (;;) {
                if (k >= n)
                    return stop();
                const next = text.charCodeAt(k);
                if (next === code)
                    break;
                if (next === 10 || next === 13)
                    return stop();
                k += next === 92 ? (text.charCodeAt(k + 1) === 13 && text.charCodeAt(k + 2) === 10 ? 3 : 2) : 1;
            }
            literal(i, k + 1, i + 1, k);
            i = k + 1;
            slash = Slash.Divide;
            statement = false;
        }
        else if (code === 96) {
            const resume = templateText(i + 1);
            if (resume === -1)
                return stop();
            i = resume;
            statement = false;
        }
        else if (code === 47) {
            const next = text.charCodeAt(i + 1);
            if (next === 47) {
                keepUpTo(i);
                while (i < n && !isLineBreak(text.charCodeAt(i)))
                    i++;
                parts.push(" ");
                kept = i;
            }
            else if (next === 42) {
                const end = text.indexOf("*/", i + 2);
                if (end === -1)
                    return stop();
                keepUpTo(i);
                parts.push(" ");
                i = end + 2;
                kept = i;
            }
            else if (slash === Slash.Divide) {
                i++;
                slash = Slash.Regex;
                statement = false;
            }
            else if (slash === Slash.Unknown) {
                return stop();
            }
            else {
                let k = i + 1;
                let inClass = false;
                for (;;) {
                    if (k >= n || isLineBreak(text.charCodeAt(k)))
                        return stop();
                    const c = text.charCodeAt(k);
                    if (c === 92)
                        k += 2;
                    else {
                        if (c === 91)
                            inClass = true;
                        else if (c === 93)
                            inClass = false;
                        else if (c === 47 && !inClass)
                            break;
                        k++;
                    }
                }
                k++;
                while (k < n && isIdentifierPart(text.charCodeAt(k)))
                    k++;
                keepUpTo(i);
                parts.push(" ");
                kept = k;
                i = k;
                slash = Slash.Divide;
                statement = false;
            }
        }
        else if (code === 123) {
            braces.push(false);
            i++;
            slash = Slash.Regex;
            statement = true;
        }
        else if (code === 125) {
            if (braces.length === 0)
                return stop();
            if (braces.pop()) {
                const resume = templateText(i + 1);
                if (resume === -1)
                    return stop();
                i = resume;
                statement = false;
            }
            else {
                i++;
                slash = Slash.Unknown;
                if (drop && braces.length === drop.depth) {
                    parts.length = drop.parts;
                    parts.push(" ");
                    kept = i;
                    drop = undefined;
                }
                statement = true;
            }
        }
        else if (code === 92) {
            return stop();
        }
        else {
            // Punctuators.
            if (code === 60 && jsx && slash === Slash.Regex)
                return stop();
            const previous = text.charCodeAt(i - 1);
            if (code === 41)
                slash = Slash.Unknown;
            else if (code === 93)
                slash = Slash.Divide;
            // TypeScript's non-null `x!` (in JavaScript a `!` there starts `!=`, and the `=` comes next).
            else if (code === 33 && (isIdentifierPart(previous) || previous === 41 || previous === 93))
                slash = Slash.Unknown;
            else if ((code === 43 || code === 45) && text.charCodeAt(i + 1) === code) {
                // `a++ / b` divides, `++/re/` is not JavaScript: either way, the lexer stops at a `/` next.
                i++;
                slash = Slash.Unknown;
            }
            else
                slash = Slash.Regex;
            statement = code === 59;
            i++;
        }
    }
    return stop();
}
