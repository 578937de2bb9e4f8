import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
interface ValueBase {
    /** Source offsets of the token: the number literal, or the digits inside a string. */
    range: [number, number];
    /** Comes from a default that applies only when the real source (usually an env var) is unset. */
    fallback: boolean;
    envKey?: string;
    /** For one of a parameter's values: the argument of the call that passed it. */
    chosenAt?: [number, number];
}
type Single = (ValueBase & {
    kind: "port";
    port: number;
}) | (ValueBase & {
    kind: "malformed";
    text: string;
});
/** One value, or (a parameter's values at several call sites) the first with the others beside it. */
export type PortValue = Single & {
    alternatives?: Single[];
};
export interface PortOptions {
    /**
     * A non-numeric string there is not a port: Node's `listen("name")` opens an IPC pipe, and
     * webpack-dev-server's `port: "auto"` picks a free port.
     */
    stringsArePaths?: boolean;
    /** hapi's `port`: a string with a `/` or `\` is a socket path or a named pipe; other words are mistakes. */
    pathsHaveSeparators?: boolean;
}
export declare function evaluatePort(node: TSESTree.Node, source: CodeSource, options?: PortOptions): PortValue | undefined;
export {};
