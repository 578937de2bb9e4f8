import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
export function settingValue(node, source) {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "get" || node.arguments.length !== 1)
        return undefined;
    const key = staticKey(node.arguments[0], source);
    const owner = unwrapExpression(callee.object);
    if (key === undefined || owner.type !== AST_NODE_TYPES.Identifier)
        return undefined;
    const variable = ASTUtils.findVariable(source.getScope(owner), owner);
    if (!variable)
        return undefined;
    const values = [];
    for (const reference of variable.references) {
        const member = reference.identifier.parent;
        const call = member?.parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== "set")
            continue;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || call.arguments.length !== 2)
            continue;
        const [setKey, value] = call.arguments;
        if (staticKey(setKey, source) === key && value && value.type !== AST_NODE_TYPES.SpreadElement)
            values.push(value);
    }
    return values.length === 1 ? values[0] : undefined;
}
function staticKey(node, source) {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    const value = ASTUtils.getStaticValue(node, source.getScope(node));
    return typeof value?.value === "string" ? value.value : undefined;
}
