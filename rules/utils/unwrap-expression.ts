// Expression wrappers that do not change a value: TypeScript casts, non-null assertions,
// `satisfies`, optional chains. Listener code is written through all of them.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";

export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
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
