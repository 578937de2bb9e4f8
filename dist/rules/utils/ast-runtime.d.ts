import type * as TypescriptEslintTypes from "@typescript-eslint/types";
import type { ASTUtils as TypedASTUtils } from "@typescript-eslint/utils";
export declare const AST_NODE_TYPES: typeof TypescriptEslintTypes.AST_NODE_TYPES;
export declare const ASTUtils: {
    findVariable: typeof TypedASTUtils.findVariable;
    getStaticValue: typeof TypedASTUtils.getStaticValue;
};
