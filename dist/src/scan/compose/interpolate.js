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
    const ctx = { template, lookup, pieces: [], unset: [], variables: [], out: "", closes: matchBraces(template), dollar: template.indexOf("$"), inMessage: false, message: "" };
    expand(ctx, { at: 0, end: template.length, literalStart: 0, fallback: false });
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
/** Expands frames until the stack is empty or an expression fails. */
function expand(ctx, first) {
    const frames = [first];
    while (frames.length > 0 && !ctx.failure) {
        const frame = frames[frames.length - 1];
        const dollar = nextDollar(ctx, frame.at);
        if (dollar === -1 || dollar >= frame.end) {
            pushLiteral(ctx, frame.literalStart, frame.end, frame.fallback);
            frames.pop();
            if (frame.messageOf)
                requiredFailure(ctx, frame.messageOf);
            continue;
        }
        const step = substitution(ctx, dollar, frame);
        if (step.consumed === 0) {
            frame.at = dollar + 1;
            continue;
        }
        frame.at = frame.literalStart = dollar + step.consumed;
        if (step.nested)
            frames.push(step.nested);
    }
}
/**
 * The first "$" at or after `from`. Expansion reads the template left to right (a default is
 * expanded before the text after it), so `from` never decreases and the last answer is still
 * right while it is not behind `from`: each search starts where the previous one ended. Searching
 * again from every frame's position was quadratic in the nesting depth.
 */
function nextDollar(ctx, from) {
    if (ctx.dollar !== -1 && ctx.dollar < from)
        ctx.dollar = ctx.template.indexOf("$", from);
    return ctx.dollar;
}
/** Handles the "$" at `at`. */
function substitution(ctx, at, frame) {
    const { end, fallback } = frame;
    const next = at + 1 < end ? ctx.template[at + 1] : undefined;
    if (next === "$") {
        pushLiteral(ctx, frame.literalStart, at, fallback);
        push(ctx, "$", { start: at, end: at + 2, kind: "escape", fallback });
        return { consumed: 2 };
    }
    if (next === "{") {
        pushLiteral(ctx, frame.literalStart, at, fallback);
        return braced(ctx, at, end, fallback);
    }
    const name = nameAt(ctx.template, at + 1, end);
    if (name === undefined)
        return { consumed: 0 };
    pushLiteral(ctx, frame.literalStart, at, fallback);
    plainVariable(ctx, name, at, at + 1 + name.length, fallback);
    return { consumed: 1 + name.length };
}
function plainVariable(ctx, name, start, end, fallback) {
    ctx.variables.push(name);
    const value = ctx.lookup(name);
    if (value === undefined)
        ctx.unset.push(name);
    push(ctx, value ?? "", { start, end, kind: "variable", fallback, variable: name, unset: value === undefined });
}
function braced(ctx, at, end, fallback) {
    const found = ctx.closes[at + 1];
    const close = found !== -1 && found < end ? found : -1;
    const invalid = () => {
        ctx.failure = { error: `Invalid template: ${JSON.stringify(ctx.template)}`, kind: "invalid", start: at, end: close === -1 ? end : close + 1 };
        return { consumed: 0 };
    };
    if (close === -1)
        return invalid();
    const name = nameAt(ctx.template, at + 2, close);
    if (name === undefined)
        return invalid();
    const afterName = at + 2 + name.length;
    const consumed = close + 1 - at;
    if (afterName === close) {
        plainVariable(ctx, name, at, close + 1, fallback);
        return { consumed };
    }
    const operator = OPERATORS.find((op) => ctx.template.startsWith(op, afterName) && afterName + op.length <= close);
    if (operator === undefined)
        return invalid();
    const nested = applyOperator(ctx, { name, operator, argStart: afterName + operator.length, argEnd: close, start: at, end: close + 1 }, fallback);
    return nested ? { consumed, nested } : { consumed };
}
/** Index of the "}" closing each "{", by nesting, in one pass; -1 for a "{" never closed. */
function matchBraces(template) {
    const closes = new Int32Array(template.length).fill(-1);
    const open = [];
    for (let i = template.indexOf("{"); i !== -1 && i < template.length; i++) {
        const char = template.charCodeAt(i);
        if (char === 0x7b)
            open.push(i);
        else if (char === 0x7d && open.length > 0)
            closes[open.pop()] = i;
    }
    return closes;
}
/** The variable name starting at `at`, not reaching past `end` (names are greedy: `$HOST_PORT_80`). */
function nameAt(template, at, end) {
    NAME.lastIndex = at;
    const name = NAME.exec(template)?.[0];
    return name === undefined || at >= end ? undefined : name.slice(0, end - at);
}
/** The variable's value, or the frame of the argument to expand in its place. */
function applyOperator(ctx, expr, fallback) {
    ctx.variables.push(expr.name);
    const value = ctx.lookup(expr.name);
    const isSet = value !== undefined;
    const nonEmpty = isSet && value !== "";
    const argument = () => ({ at: expr.argStart, end: expr.argEnd, literalStart: expr.argStart, fallback: true });
    const variablePiece = () => void push(ctx, value ?? "", { start: expr.start, end: expr.end, kind: "variable", fallback, variable: expr.name });
    switch (expr.operator) {
        case ":-":
        case "-":
            return (expr.operator === ":-" ? nonEmpty : isSet) ? variablePiece() : argument();
        case ":+":
        case "+":
            return (expr.operator === ":+" ? nonEmpty : isSet) ? argument() : variablePiece();
        case ":?":
        case "?":
            if (expr.operator === ":?" ? nonEmpty : isSet)
                return variablePiece();
            // The message is itself interpolated, and an error inside it wins (as in compose-go).
            ctx.inMessage = true;
            ctx.message = "";
            return { at: expr.argStart, end: expr.argEnd, literalStart: expr.argStart, fallback: false, messageOf: expr };
    }
}
/** The `:?` error, once its message is interpolated. */
function requiredFailure(ctx, expr) {
    ctx.failure = {
        error: `required variable ${expr.name} is missing a value: ${ctx.message}`,
        kind: "required",
        variable: expr.name,
        start: expr.start,
        end: expr.end,
    };
}
function pushLiteral(ctx, start, end, fallback) {
    if (end > start)
        push(ctx, ctx.template.slice(start, end), { start, end, kind: "literal", fallback });
}
function push(ctx, text, piece) {
    if (ctx.inMessage) {
        ctx.message += text;
        return;
    }
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
    const variables = [];
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
        if (piece.variable !== undefined)
            (piece.unset ? unset : variables).push(piece.variable);
    }
    if (start === Number.POSITIVE_INFINITY) {
        const at = templateOffset(result, from);
        return { start: at, end: at, fallback: false, unset, variables };
    }
    return { start, end, fallback, unset, variables };
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
