import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import type { Conversion } from "./number-conversion.js";
export declare function envKeyOf(node: TSESTree.Node, sourceCode: CodeSource, depth?: number): string | undefined;
/** `Number(x)`, `parseInt(x, 10)`, `Number.parseInt(x)`, `parseFloat(x)`. */
export declare function isNumberConversion(node: TSESTree.CallExpression): boolean;
/**
 * Which conversion a call is, with parseInt's radix when the file states it; a radix we cannot
 * know makes the result unknown.
 */
export declare function numberConversionOf(node: TSESTree.CallExpression, source: CodeSource): Conversion | "unknown-radix" | undefined;
/** `process.env`, `import.meta.env`, `Bun.env`. */
export declare function isEnvObject(node: TSESTree.Node): boolean;
