import type { TSESTree } from "@typescript-eslint/utils";
export declare function unwrapExpression(node: TSESTree.Node): TSESTree.Node;
