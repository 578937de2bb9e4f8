// Compose variable interpolation as compose-go `template/template.go` does it (spec
// `12-interpolation.md`), keeping track of where every output character came from so a finding
// can point at the `${...}` expression, or at the default literal inside it.
//
//   $$            literal "$"               ${V:-d}  d if V unset or empty
//   $V  ${V}      value; unset → "" + warn  ${V-d}   d if V unset
//   ${V:?m} ${V?m} error when unset (or empty) ${V:+a} a if V set and non-empty; ${V+a} a if V set
//
// The operator is the first one after the name; defaults, alternatives and messages are
// themselves interpolated, only when used. "$" before anything else is kept as it is; "${" that
// does not form a valid expression is an error.
const NAME = /[_a-zA-Z][_a-zA-Z0-9]*/y;
const OPERATORS = [":-", ":?", ":+", "-", "?", "+"];
export function interpolate(template, lookup) {
    if (!template.includes("$"))
        return literal(template);
    const ctx = { template, lookup, pieces: [], unset: [], variables: [], out: "" };
    expand(ctx, 0, template.length, false);
    if (ctx.failure)
        return { ok: false, ...ctx.failure, variables: ctx.variables };
    return {
        ok: true,
        value: ctx.out,
        pieces: ctx.pieces,
        unset: ctx.unset,
        variables: ctx.variables,
        fallback: ctx.pieces.some((piece) => piece.fallback),
    };
}
/** Most values hold no variable; they share their empty lists (kept until the project is listed). */
const NONE = Object.freeze([]);
/** A value with nothing to interpolate: one literal piece. */
export function literal(text) {
    const pieces = text === "" ? NONE : [{ from: 0, to: text.length, start: 0, end: text.length, kind: "literal", fallback: false }];
    return { ok: true, value: text, pieces, unset: NONE, variables: NONE, fallback: false };
}
/** Interpolates template[start, end) into ctx.out, recording pieces. */
function expand(ctx, start, end, fallback) {
    let literalStart = start;
    let i = start;
    while (i < end) {
        const dollar = ctx.template.indexOf("$", i);
        if (dollar === -1 || dollar >= end)
            break;
        const consumed = substitution(ctx, dollar, end, fallback, () => pushLiteral(ctx, literalStart, dollar, fallback));
        if (ctx.failure)
            return;
        if (consumed === 0) {
            i = dollar + 1;
            continue;
        }
        i = dollar + consumed;
        literalStart = i;
    }
    pushLiteral(ctx, literalStart, end, fallback);
}
/** Handles the "$" at `at`; returns how many template characters it used (0: a plain "$"). */
function substitution(ctx, at, end, fallback, flush) {
    const next = at + 1 < end ? ctx.template[at + 1] : undefined;
    if (next === "$") {
        flush();
        push(ctx, "$", { start: at, end: at + 2, kind: "escape", fallback });
        return 2;
    }
    if (next === "{") {
        flush();
        return braced(ctx, at, end, fallback);
    }
    const name = nameAt(ctx.template, at + 1, end);
    if (name === undefined)
        return 0;
    flush();
    plainVariable(ctx, name, at, at + 1 + name.length, fallback);
    return 1 + name.length;
}
function plainVariable(ctx, name, start, end, fallback) {
    ctx.variables.push(name);
    const value = ctx.lookup(name);
    if (value === undefined)
        ctx.unset.push(name);
    push(ctx, value ?? "", { start, end, kind: "variable", fallback, variable: name, unset: value === undefined });
}
function braced(ctx, at, end, fallback) {
    const close = closingBrace(ctx.template, at + 1, end);
    const invalid = () => {
        ctx.failure = { error: `Invalid template: ${JSON.stringify(ctx.template)}`, kind: "invalid", start: at, end: close === -1 ? end : close + 1 };
        return 0;
    };
    if (close === -1)
        return invalid();
    const name = nameAt(ctx.template, at + 2, close);
    if (name === undefined)
        return invalid();
    const afterName = at + 2 + name.length;
    const rest = ctx.template.slice(afterName, close);
    if (rest === "") {
        plainVariable(ctx, name, at, close + 1, fallback);
        return close + 1 - at;
    }
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (operator === undefined)
        return invalid();
    applyOperator(ctx, { name, operator, argStart: afterName + operator.length, argEnd: close, start: at, end: close + 1 }, fallback);
    return close + 1 - at;
}
/** The variable name starting at `at`, not reaching past `end` (names are greedy: `$HOST_PORT_80`). */
function nameAt(template, at, end) {
    NAME.lastIndex = at;
    const name = NAME.exec(template)?.[0];
    return name === undefined || at >= end ? undefined : name.slice(0, end - at);
}
function applyOperator(ctx, expr, fallback) {
    ctx.variables.push(expr.name);
    const value = ctx.lookup(expr.name);
    const isSet = value !== undefined;
    const nonEmpty = isSet && value !== "";
    const variablePiece = () => push(ctx, value ?? "", { start: expr.start, end: expr.end, kind: "variable", fallback, variable: expr.name });
    switch (expr.operator) {
        case ":-":
        case "-":
            if (expr.operator === ":-" ? nonEmpty : isSet)
                variablePiece();
            else
                expand(ctx, expr.argStart, expr.argEnd, true);
            return;
        case ":+":
        case "+":
            if (expr.operator === ":+" ? nonEmpty : isSet)
                expand(ctx, expr.argStart, expr.argEnd, true);
            else
                variablePiece();
            return;
        case ":?":
        case "?":
            if (expr.operator === ":?" ? nonEmpty : isSet)
                return variablePiece();
            return requiredFailure(ctx, expr);
    }
}
/** The `:?` error; its message is itself interpolated, and an error in it wins (as in compose-go). */
function requiredFailure(ctx, expr) {
    const inner = { ...ctx, pieces: [], unset: [], out: "" };
    expand(inner, expr.argStart, expr.argEnd, false);
    ctx.failure = inner.failure ?? {
        error: `required variable ${expr.name} is missing a value: ${inner.out}`,
        kind: "required",
        variable: expr.name,
        start: expr.start,
        end: expr.end,
    };
}
/** Index of the "}" closing the "{" at `open`, counting nested braces; -1 when unclosed. */
function closingBrace(text, open, end) {
    let depth = 0;
    for (let i = open; i < end; i++) {
        const char = text[i];
        if (char === "{")
            depth++;
        else if (char === "}" && --depth === 0)
            return i;
    }
    return -1;
}
function pushLiteral(ctx, start, end, fallback) {
    if (end > start)
        push(ctx, ctx.template.slice(start, end), { start, end, kind: "literal", fallback });
}
function push(ctx, text, piece) {
    const from = ctx.out.length;
    ctx.out += text;
    const full = { from, to: ctx.out.length, start: piece.start, end: piece.end, kind: piece.kind, fallback: piece.fallback };
    if (piece.variable !== undefined)
        full.variable = piece.variable;
    if (piece.unset)
        full.unset = true;
    ctx.pieces.push(full);
}
/**
 * Maps an output range back to the template. Literal pieces map character for character (so the
 * default `8080` of `${PORT:-8080}` is found exactly); a variable's value maps to its whole
 * expression. An empty range picks up the empty pieces at its position (`${UNSET}:80` → ":80").
 */
export function sourceSpan(result, from, to) {
    let start = Number.POSITIVE_INFINITY;
    let end = Number.NEGATIVE_INFINITY;
    let fallback = false;
    const unset = [];
    for (const piece of result.pieces) {
        const overlaps = from === to ? piece.from === from && piece.to === from : piece.from < to && from < piece.to;
        if (!overlaps)
            continue;
        const literal = piece.kind === "literal";
        const pieceStart = literal ? piece.start + Math.max(from, piece.from) - piece.from : piece.start;
        const pieceEnd = literal ? piece.start + Math.min(to, piece.to) - piece.from : piece.end;
        start = Math.min(start, pieceStart);
        end = Math.max(end, pieceEnd);
        fallback ||= piece.fallback;
        if (piece.unset && piece.variable !== undefined)
            unset.push(piece.variable);
    }
    if (start === Number.POSITIVE_INFINITY) {
        const at = templateOffset(result, from);
        return { start: at, end: at, fallback: false, unset };
    }
    return { start, end, fallback, unset };
}
/** Template offset of an output position that only a literal run (or nothing) covers. */
function templateOffset(result, at) {
    let offset = 0;
    for (const piece of result.pieces) {
        if (piece.to <= at)
            offset = piece.end;
        else if (piece.from <= at)
            return piece.kind === "literal" ? piece.start + at - piece.from : piece.start;
    }
    return offset;
}
