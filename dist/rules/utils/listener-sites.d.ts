import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import { type PortSite } from "./listen-arguments.js";
import type { Protocol } from "../../src/core/listener.js";
export interface ListenerSite extends PortSite {
    /** Undefined when the receiver could not be traced to a known framework. */
    framework?: string;
    protocol: Protocol;
}
export { LISTEN_METHODS } from "./server-factories.js";
export declare function siteOf(node: TSESTree.CallExpression | TSESTree.NewExpression, source: CodeSource): ListenerSite | undefined;
/** `defineConfig({ server: { port } })` and friends anywhere: each port of the Vite config. */
export declare function viteConfigSites(node: TSESTree.CallExpression | TSESTree.NewExpression, source: CodeSource): ListenerSite[];
