import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { type PortValue } from "./static-port-value.js";
export interface AddressPort {
    value: PortValue;
    host?: string;
}
export declare function portInAddress(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth?: number): AddressPort | undefined;
