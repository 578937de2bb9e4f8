import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
interface ValueBase {
    /** Source offsets of the token: the number literal, or the digits inside a string. */
    range: [number, number];
    /** Comes from a default that applies only when the real source (usually an env var) is unset. */
    fallback: boolean;
    envKey?: string;
}
export type PortValue = (ValueBase & {
    kind: "port";
    port: number;
}) | (ValueBase & {
    kind: "malformed";
    text: string;
});
export interface PortOptions {
    /** Node's `listen("name")` opens an IPC pipe: a non-numeric string there is not a port. */
    stringsArePaths?: boolean;
}
export declare function evaluatePort(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, options?: PortOptions, depth?: number): PortValue | undefined;
export {};
