import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { calleeName, memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";
const NUMBER_CONVERSIONS = new Set(["Number", "parseInt", "parseFloat"]);
export function envKeyOf(node, sourceCode, depth = 0) {
    if (depth > 8)
        return undefined;
    const expression = unwrapExpression(node);
    switch (expression.type) {
        case AST_NODE_TYPES.MemberExpression:
            return isEnvObject(expression.object) ? memberName(expression) : undefined;
        case AST_NODE_TYPES.CallExpression:
            return denoEnvGet(expression) ?? (isNumberConversion(expression) && expression.arguments[0] ? envKeyOf(expression.arguments[0], sourceCode, depth + 1) : undefined);
        case AST_NODE_TYPES.UnaryExpression:
            return expression.operator === "+" ? envKeyOf(expression.argument, sourceCode, depth + 1) : undefined;
        case AST_NODE_TYPES.LogicalExpression:
            return envKeyOf(expression.left, sourceCode, depth + 1);
        case AST_NODE_TYPES.Identifier: {
            const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
            const value = variable ? writtenValue(variable) : undefined;
            if (!value?.expression)
                return undefined;
            // `const { PORT } = process.env`
            if (value.path.length === 1 && isEnvObject(value.expression))
                return value.path[0];
            return value.path.length === 0 ? envKeyOf(value.expression, sourceCode, depth + 1) : undefined;
        }
        default:
            return undefined;
    }
}
/** `Number(x)`, `parseInt(x, 10)`, `Number.parseInt(x)`, `parseFloat(x)`. */
export function isNumberConversion(node) {
    const name = calleeName(node.callee);
    if (name === undefined || !NUMBER_CONVERSIONS.has(name))
        return false;
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.Identifier)
        return true;
    return callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.Identifier && callee.object.name === "Number";
}
/**
 * Which conversion a call is, with parseInt's radix when the file states it; a radix we cannot
 * know makes the result unknown.
 */
export function numberConversionOf(node, source) {
    if (!isNumberConversion(node))
        return undefined;
    const name = calleeName(node.callee);
    if (name === "Number")
        return { kind: "Number" };
    if (name === "parseFloat")
        return { kind: "parseFloat" };
    const radix = node.arguments[1];
    if (!radix)
        return { kind: "parseInt", radix: undefined };
    const value = radix.type === AST_NODE_TYPES.SpreadElement ? undefined : ASTUtils.getStaticValue(radix, source.getScope(radix));
    return typeof value?.value === "number" ? { kind: "parseInt", radix: value.value } : "unknown-radix";
}
/** `process.env`, `import.meta.env`, `Bun.env`. */
export function isEnvObject(node) {
    const expression = unwrapExpression(node);
    if (expression.type !== AST_NODE_TYPES.MemberExpression || memberName(expression) !== "env")
        return false;
    const owner = expression.object;
    if (owner.type === AST_NODE_TYPES.MetaProperty)
        return owner.meta.name === "import" && owner.property.name === "meta";
    return owner.type === AST_NODE_TYPES.Identifier && (owner.name === "process" || owner.name === "Bun");
}
function denoEnvGet(node) {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "get")
        return undefined;
    const owner = callee.object;
    if (owner.type !== AST_NODE_TYPES.MemberExpression || memberName(owner) !== "env")
        return undefined;
    if (owner.object.type !== AST_NODE_TYPES.Identifier || owner.object.name !== "Deno")
        return undefined;
    const key = node.arguments[0];
    return key?.type === AST_NODE_TYPES.Literal && typeof key.value === "string" ? key.value : undefined;
}
