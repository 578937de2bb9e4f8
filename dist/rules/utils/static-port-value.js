import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { envKeyOf, isEnvObject, isNumberConversion } from "./env-key.js";
import { followPath, valueOf } from "./object-literal.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";
const MAX_DEPTH = 12;
export function evaluatePort(node, sourceCode, options = {}, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const expression = unwrapExpression(node);
    const next = (child) => evaluatePort(child, sourceCode, options, depth + 1);
    switch (expression.type) {
        case AST_NODE_TYPES.Literal:
            return fromLiteral(expression, options);
        case AST_NODE_TYPES.TemplateLiteral:
            if (expression.expressions.length === 0)
                return fromText(expression.quasis[0]?.value.cooked ?? "", expression.range[0] + 1, options);
            if (isSingleSubstitution(expression) && expression.expressions[0])
                return next(expression.expressions[0]);
            return fromStaticValue(expression, sourceCode);
        case AST_NODE_TYPES.UnaryExpression:
            if (expression.operator === "+")
                return next(expression.argument);
            // `-1`: the whole unary expression is the token.
            return expression.operator === "-" ? fromStaticValue(expression, sourceCode) : undefined;
        case AST_NODE_TYPES.CallExpression:
            if (isNumberConversion(expression) && expression.arguments[0])
                return evaluatePort(expression.arguments[0], sourceCode, {}, depth + 1);
            return fromStaticValue(expression, sourceCode);
        case AST_NODE_TYPES.LogicalExpression:
            return logical(expression, sourceCode, options, depth);
        case AST_NODE_TYPES.ConditionalExpression:
            return conditional(expression, sourceCode, options, depth);
        case AST_NODE_TYPES.Identifier:
            return identifier(expression, sourceCode, options, depth);
        case AST_NODE_TYPES.MemberExpression: {
            const value = valueOf(expression, sourceCode);
            return value ? next(value) : fromStaticValue(expression, sourceCode);
        }
        default:
            return fromStaticValue(expression, sourceCode);
    }
}
function fromLiteral(node, options) {
    if (typeof node.value === "number") {
        if (Number.isInteger(node.value))
            return { kind: "port", port: node.value, range: node.range, fallback: false };
        return { kind: "malformed", text: node.raw, range: node.range, fallback: false };
    }
    return typeof node.value === "string" ? fromText(node.value, node.range[0] + 1, options) : undefined;
}
/** A port written as a string; `start` is the offset of its first character (after the quote). */
function fromText(text, start, options) {
    const digits = /^(\s*)(\d+)\s*$/.exec(text);
    if (digits) {
        const from = start + (digits[1]?.length ?? 0);
        return { kind: "port", port: Number(digits[2]), range: [from, from + (digits[2]?.length ?? 0)], fallback: false };
    }
    if (options.stringsArePaths)
        return undefined;
    return { kind: "malformed", text: JSON.stringify(text), range: [start, start + text.length], fallback: false };
}
function logical(node, sourceCode, options, depth) {
    if (node.operator === "&&")
        return fromStaticValue(node, sourceCode);
    const left = ASTUtils.getStaticValue(node.left, sourceCode.getScope(node.left));
    if (left) {
        const leftWins = node.operator === "||" ? Boolean(left.value) : left.value !== null && left.value !== undefined;
        return evaluatePort(leftWins ? node.left : node.right, sourceCode, options, depth + 1);
    }
    return asFallback(evaluatePort(node.right, sourceCode, options, depth + 1), envKeyOf(node.left, sourceCode));
}
/** `process.env.PORT ? Number(process.env.PORT) : 3000`: one unknown branch, one known. */
function conditional(node, sourceCode, options, depth) {
    const test = ASTUtils.getStaticValue(node.test, sourceCode.getScope(node.test));
    if (test)
        return evaluatePort(test.value ? node.consequent : node.alternate, sourceCode, options, depth + 1);
    const consequent = evaluatePort(node.consequent, sourceCode, options, depth + 1);
    const alternate = evaluatePort(node.alternate, sourceCode, options, depth + 1);
    if (consequent && !alternate)
        return asFallback(consequent, envKeyOf(node.alternate, sourceCode) ?? envKeyOf(node.test, sourceCode));
    if (alternate && !consequent)
        return asFallback(alternate, envKeyOf(node.consequent, sourceCode) ?? envKeyOf(node.test, sourceCode));
    return undefined;
}
function identifier(node, sourceCode, options, depth) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const value = variable ? writtenValue(variable) : undefined;
    if (!value)
        return undefined;
    if (!value.expression) {
        // A parameter default applies only when the caller passes nothing.
        return value.defaultValue ? asFallback(evaluatePort(value.defaultValue, sourceCode, options, depth + 1), undefined) : undefined;
    }
    const written = value.path.length === 0 ? value.expression : followPath(value.expression, value.path, sourceCode);
    if (written)
        return evaluatePort(written, sourceCode, options, depth + 1);
    if (!value.defaultValue)
        return undefined;
    // `const { PORT = 3000 } = process.env`: the default is the fallback of that env var.
    const envKey = value.path.length === 1 && isEnvObject(value.expression) ? value.path[0] : undefined;
    return asFallback(evaluatePort(value.defaultValue, sourceCode, options, depth + 1), envKey);
}
function asFallback(value, envKey) {
    if (!value)
        return undefined;
    const key = envKey ?? value.envKey;
    return key === undefined ? { ...value, fallback: true } : { ...value, fallback: true, envKey: key };
}
function isSingleSubstitution(node) {
    return node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === "");
}
/** Last resort: a value ESLint's evaluator knows; the token is then the whole expression. */
function fromStaticValue(node, sourceCode) {
    const result = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
    if (!result)
        return undefined;
    if (typeof result.value === "number") {
        if (Number.isInteger(result.value))
            return { kind: "port", port: result.value, range: node.range, fallback: false };
        return { kind: "malformed", text: String(result.value), range: node.range, fallback: false };
    }
    if (typeof result.value === "string" && /^\d+$/.test(result.value.trim())) {
        return { kind: "port", port: Number(result.value.trim()), range: node.range, fallback: false };
    }
    return undefined;
}
