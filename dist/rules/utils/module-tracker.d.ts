import type { TSESTree } from "@typescript-eslint/utils";
import { type CodeSource } from "./code-source.js";
import { type FunctionNode } from "./function-returns.js";
import { type LocalModule } from "./local-modules.js";
import { type ServerKind } from "./server-factories.js";
export type Tracked = {
    kind: "module";
    module: string;
    path: readonly string[];
} | {
    kind: "server";
    server: ServerKind;
}
/** A local module's namespace (path []) or a member path into it, resolved by settle(). */
 | {
    kind: "local";
    module: LocalModule;
    path: readonly string[];
} | {
    kind: "function";
    node: FunctionNode;
    source: CodeSource;
}
/** Made by a package the collector knows, and not a server: a client, a pool, an emitter. */
 | {
    kind: "not-a-server";
};
export declare function trackExpression(node: TSESTree.Node, source: CodeSource, depth?: number): Tracked | undefined;
/** The value a tracked reference stands for, with local-module exports looked up. */
export declare function settle(tracked: Tracked | undefined): Tracked | undefined;
/** A package root or member that a call or `new` would use: `express`, `http.createServer`. */
export declare function trackModuleMember(node: TSESTree.Node, source: CodeSource): Extract<Tracked, {
    kind: "module";
}> | undefined;
