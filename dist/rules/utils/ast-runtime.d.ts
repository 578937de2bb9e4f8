import type { ASTUtils as TypedASTUtils } from "@typescript-eslint/utils";
export { AST_NODE_TYPES } from "@typescript-eslint/types";
export declare const ASTUtils: {
    findVariable: typeof TypedASTUtils.findVariable;
    getStaticValue: typeof TypedASTUtils.getStaticValue;
};
