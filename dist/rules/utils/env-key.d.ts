import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
export declare function envKeyOf(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth?: number): string | undefined;
/** `Number(x)`, `parseInt(x, 10)`, `Number.parseInt(x)`, `parseFloat(x)`. */
export declare function isNumberConversion(node: TSESTree.CallExpression): boolean;
/** `process.env`, `import.meta.env`, `Bun.env`. */
export declare function isEnvObject(node: TSESTree.Node): boolean;
