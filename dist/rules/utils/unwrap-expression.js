import { AST_NODE_TYPES } from "./ast-runtime.js";
export function unwrapExpression(node) {
    let current = node;
    for (;;) {
        switch (current.type) {
            case AST_NODE_TYPES.TSAsExpression:
            case AST_NODE_TYPES.TSSatisfiesExpression:
            case AST_NODE_TYPES.TSNonNullExpression:
            case AST_NODE_TYPES.TSTypeAssertion:
            case AST_NODE_TYPES.ChainExpression:
                current = current.expression;
                break;
            default:
                return current;
        }
    }
}
