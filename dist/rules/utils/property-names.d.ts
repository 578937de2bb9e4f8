import type { TSESTree } from "@typescript-eslint/utils";
export declare function memberName(node: TSESTree.MemberExpression): string | undefined;
export declare function propertyKeyName(node: TSESTree.Property): string | undefined;
/** The value of the last `key:` property in an object literal (the one that wins at runtime). */
export declare function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined;
export declare function hasProperty(object: TSESTree.ObjectExpression, key: string): boolean;
/** Name of a called function: `f` for `f()`, `g` for `a.b.g()`. */
export declare function calleeName(callee: TSESTree.Node): string | undefined;
