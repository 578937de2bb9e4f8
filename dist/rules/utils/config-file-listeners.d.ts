import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type PortValue } from "./static-port-value.js";
export interface ConfigPort {
    value: PortValue;
    framework: "vite" | "webpack-dev-server";
    host?: string;
    at?: [number, number];
}
type ConfigKind = ConfigPort["framework"];
export declare function configKind(filename: string): ConfigKind | undefined;
export declare function configFilePorts(program: TSESTree.Program, kind: ConfigKind, sourceCode: TSESLint.SourceCode): ConfigPort[];
export {};
