import type { TSESLint } from "@typescript-eslint/utils";
import type { FrontEndResult } from "../../src/scan/types.js";
export type FileListeners = FrontEndResult;
type Callback = (result: FileListeners) => void;
export declare function onFileListeners(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, callback: Callback): TSESLint.RuleListener;
/**
 * The same collection without ESLint (scan's quick path, src/scan/quick-lint.ts): one walk in
 * ESLint's order gathers the candidates and sets the `parent` links ESLint would have set, then
 * they are analysed as at Program:exit.
 */
export declare function listenersIn(sourceCode: TSESLint.SourceCode, filename: string, physicalFilename?: string): FileListeners;
export {};
