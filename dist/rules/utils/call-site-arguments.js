import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { isFunctionNode } from "./function-returns.js";
const MAX_CALLS = 16;
export function callSiteArguments(parameter, source) {
    const def = parameter.defs[0];
    if (def?.type !== "Parameter" || !isFunctionNode(def.node) || parameter.references.some((reference) => reference.isWrite()))
        return [];
    const fn = def.node;
    const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === parameter.name);
    const binding = functionBinding(fn, source);
    if (index === -1 || !binding)
        return [];
    const found = [];
    for (const reference of binding.references) {
        const call = reference.identifier.parent;
        if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier || isInside(call, fn))
            continue;
        const argument = call.arguments[index];
        if (argument && argument.type !== AST_NODE_TYPES.SpreadElement)
            found.push(argument);
        if (found.length > MAX_CALLS)
            return [];
    }
    return found;
}
/** The variable a function is called through: its declaration's name, or the const it is assigned to. */
function functionBinding(fn, source) {
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id)
        return ASTUtils.findVariable(source.getScope(fn), fn.id) ?? undefined;
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(source.getScope(parent), parent.id);
        return variable && variable.references.filter((reference) => reference.isWrite()).length === 1 ? variable : undefined;
    }
    return undefined;
}
function isInside(node, fn) {
    return fn.range[0] <= node.range[0] && node.range[1] <= fn.range[1];
}
