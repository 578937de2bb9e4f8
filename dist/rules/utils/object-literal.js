import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { thisPropertyValue } from "./class-members.js";
import { findProperty, memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";
const MAX_DEPTH = 12;
export function objectLiteralOf(node, sourceCode, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const expression = unwrapExpression(node);
    if (expression.type === AST_NODE_TYPES.ObjectExpression)
        return expression;
    const value = valueOf(expression, sourceCode, depth);
    return value ? objectLiteralOf(value, sourceCode, depth + 1) : undefined;
}
/** The expression a variable or member stands for (one step), or undefined when unknown. */
export function valueOf(node, sourceCode, depth = 0) {
    const expression = unwrapExpression(node);
    if (expression.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
        const value = variable ? writtenValue(variable, { use: expression }) : undefined;
        if (!value?.expression)
            return undefined;
        return value.path.length === 0 ? value.expression : followPath(value.expression, value.path, sourceCode, depth + 1);
    }
    if (expression.type === AST_NODE_TYPES.MemberExpression) {
        if (expression.object.type === AST_NODE_TYPES.ThisExpression)
            return thisPropertyValue(expression)?.value;
        const key = memberName(expression);
        return key === undefined ? undefined : followPath(expression.object, [key], sourceCode, depth + 1);
    }
    return undefined;
}
/** `followPath(x, ["server", "port"])` is the node written at `x.server.port`. */
export function followPath(node, path, sourceCode, depth = 0) {
    let current = node;
    for (const key of path) {
        const object = objectLiteralOf(current, sourceCode, depth + 1);
        const property = object ? findProperty(object, key) : undefined;
        if (!property)
            return undefined;
        current = property.value;
    }
    return current;
}
/** The value of `object[key]` when this file fixes it (`{ autoListen: false }`, a constant), else undefined. */
export function staticPropertyValue(object, key, sourceCode) {
    const property = findProperty(object, key);
    return property && ASTUtils.getStaticValue(property.value, sourceCode.getScope(property.value))?.value;
}
