import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import type { ConfigKind } from "./config-file-names.js";
import { type PortValue } from "./static-port-value.js";
export { configKind } from "./config-file-names.js";
export interface ConfigPort {
    value: PortValue;
    framework: ConfigKind;
    host?: string;
    at?: [number, number];
    /** Vite without `strictPort: true` moves to the next free port when this one is taken. */
    movesWhenTaken?: true;
}
export declare function configFilePorts(program: TSESTree.Program, kind: ConfigKind, sourceCode: CodeSource): ConfigPort[];
/**
 * A Vite config given to Vite's API in any file: `defineConfig({ … })` in a test,
 * `createServer({ server: { port, hmr: { port } } })`, `preview({ preview: { port } })`.
 */
export declare function viteConfigPorts(node: TSESTree.Node, sourceCode: CodeSource): ConfigPort[];
