import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
/**
 * Whether the server made by `node` is never started: `openingMembers` are the members whose use
 * may open its port (hapi: `start`, and `listener`, its Node server, which can be listened on).
 */
export declare function neverStarted(node: TSESTree.CallExpression | TSESTree.NewExpression, openingMembers: readonly string[], source: CodeSource): boolean;
