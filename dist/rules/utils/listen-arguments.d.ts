import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import { type PortOptions, type PortValue } from "./static-port-value.js";
export interface PortSite {
    value: PortValue;
    host?: string;
    /**
     * Offsets of the argument written at the call. When a port comes through a variable, `value`
     * points at the literal in the declaration; two listeners sharing one declaration are then told
     * apart by where each is used.
     */
    at?: [number, number];
}
type Argument = TSESTree.CallExpressionArgument;
/** Node-style positional or options arguments; a bare non-numeric string is an IPC path. */
export declare function nodeListenPort(args: readonly Argument[], sourceCode: CodeSource): PortSite | undefined;
/** `{ port, host }` in an options object; no `port` key means the API's default, which is not written here. */
export declare function optionsPort(options: TSESTree.ObjectExpression, sourceCode: CodeSource, hostKeys?: readonly string[], portOptions?: PortOptions): PortSite | undefined;
/** oak's `listen(":8000")` / `listen({ port })`, Deno std's `listenAndServe("0.0.0.0:8080", h)`. */
export declare function addressOrOptionsPort(args: readonly Argument[], sourceCode: CodeSource): PortSite | undefined;
/** The first object argument of a factory (`Deno.serve(handler)` has none; `Deno.serve({ port }, handler)` has). */
export declare function firstOptionsObject(args: readonly Argument[], sourceCode: CodeSource): {
    object: TSESTree.ObjectExpression;
    argument: Argument;
} | undefined;
export {};
