import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type PortSite } from "./listen-arguments.js";
import type { Protocol } from "../../src/core/listener.js";
export interface ListenerSite extends PortSite {
    /** Undefined when the receiver could not be traced to a known framework. */
    framework?: string;
    protocol: Protocol;
}
/** Methods that open a port on an existing server object. */
export declare const LISTEN_METHODS: ReadonlySet<string>;
export declare function siteOf(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: TSESLint.SourceCode): ListenerSite | undefined;
