import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type ServerKind } from "./server-factories.js";
export type Tracked = {
    kind: "module";
    module: string;
    path: readonly string[];
} | {
    kind: "server";
    server: ServerKind;
};
export declare function trackExpression(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth?: number): Tracked | undefined;
/** A module root or member that a call or `new` would use: `express`, `http.createServer`. */
export declare function trackModuleMember(node: TSESTree.Node, sourceCode: TSESLint.SourceCode): Extract<Tracked, {
    kind: "module";
}> | undefined;
