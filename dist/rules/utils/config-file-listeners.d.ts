import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import type { ConfigKind } from "./config-file-names.js";
import { type PortValue } from "./static-port-value.js";
export { configKind } from "./config-file-names.js";
export interface ConfigPort {
    value: PortValue;
    framework: ConfigKind;
    host?: string;
    at?: [number, number];
}
export declare function configFilePorts(program: TSESTree.Program, kind: ConfigKind, sourceCode: TSESLint.SourceCode): ConfigPort[];
