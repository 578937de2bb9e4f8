import type { TSESTree } from "@typescript-eslint/utils";
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
export declare function isFunctionNode(node: TSESTree.Node): node is FunctionNode;
export declare function returnedExpressions(fn: FunctionNode): TSESTree.Node[];
