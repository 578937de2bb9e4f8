import type { TSESTree } from "@typescript-eslint/utils";
import type { CodeSource } from "./code-source.js";
import { type PortValue } from "./static-port-value.js";
export interface AddressPort {
    value: PortValue;
    host?: string;
}
export declare function portInAddress(node: TSESTree.Node, sourceCode: CodeSource, depth?: number): AddressPort | undefined;
