import type { TSESLint } from "@typescript-eslint/utils";
import type { FrontEndResult } from "../../src/scan/types.js";
export type FileListeners = FrontEndResult;
type Callback = (result: FileListeners) => void;
export declare function onFileListeners(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, callback: Callback): TSESLint.RuleListener;
export {};
