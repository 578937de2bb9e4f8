import { type LoadedFile } from "./load-file.js";
import type { EnvFileUse } from "./env-file-listeners.js";
import type { FrontEndResult } from "./types.js";
export interface ComposeScanOptions {
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    envFiles?: readonly string[];
}
/** Texts the scan has read already, by absolute path. */
export type KnownTexts = ReadonlyMap<string, string>;
export interface ComposeScan {
    add(file: LoadedFile): void;
    /** The projects' listeners, and what they do with each env file (by absolute path). */
    finish(): FrontEndResult & {
        envFileUses: ReadonlyMap<string, EnvFileUse>;
    };
}
/** `known`: env files the scan reads anyway; filled as it goes, so it is looked up, never copied. */
export declare function composeScan(options: ComposeScanOptions, known?: KnownTexts): ComposeScan;
