import type { TSESLint } from "@typescript-eslint/utils";
import type { Protocol } from "../../src/core/listener.js";
import type { FrontEndResult } from "../../src/scan/types.js";
import type { PortValue } from "./static-port-value.js";
export interface CodeSite {
    value: PortValue;
    /** Offsets of the argument at the call (see PortSite.at). */
    at?: [number, number];
    framework?: string;
    protocol: Protocol;
    host?: string;
    /** Moves to another port when this one is taken (Vite without strictPort): never a duplicate. */
    movesWhenTaken?: true;
}
export declare function makeCodeListener(site: CodeSite, sourceCode: TSESLint.SourceCode, file: string): FrontEndResult;
