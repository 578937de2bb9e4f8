import type { TSESTree } from "@typescript-eslint/utils";
export interface MemberValue {
    /** The expression written to the member. */
    value?: TSESTree.Node;
    /** A parameter property's default (`constructor(private port = 3000)`): used when none is passed. */
    defaultValue?: TSESTree.Node;
}
export declare function thisPropertyValue(node: TSESTree.MemberExpression): MemberValue | undefined;
