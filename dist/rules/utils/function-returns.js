import { AST_NODE_TYPES } from "./ast-runtime.js";
export function isFunctionNode(node) {
    return node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression;
}
export function returnedExpressions(fn) {
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement)
        return [fn.body];
    const found = [];
    const visit = (node) => {
        if (node.type === AST_NODE_TYPES.ReturnStatement) {
            if (node.argument)
                found.push(node.argument);
            return;
        }
        for (const child of statementChildren(node))
            visit(child);
    };
    visit(fn.body);
    return found;
}
/** Statements that can hold a `return` of the same function. */
function statementChildren(node) {
    switch (node.type) {
        case AST_NODE_TYPES.BlockStatement:
            return node.body;
        case AST_NODE_TYPES.IfStatement:
            return node.alternate ? [node.consequent, node.alternate] : [node.consequent];
        case AST_NODE_TYPES.TryStatement:
            return [node.block, ...(node.handler ? [node.handler.body] : []), ...(node.finalizer ? [node.finalizer] : [])];
        case AST_NODE_TYPES.SwitchStatement:
            return node.cases.flatMap((each) => each.consequent);
        case AST_NODE_TYPES.ForStatement:
        case AST_NODE_TYPES.ForInStatement:
        case AST_NODE_TYPES.ForOfStatement:
        case AST_NODE_TYPES.WhileStatement:
        case AST_NODE_TYPES.DoWhileStatement:
        case AST_NODE_TYPES.LabeledStatement:
            return [node.body];
        default:
            return [];
    }
}
