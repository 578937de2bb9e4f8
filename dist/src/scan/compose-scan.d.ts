import type { Policy } from "../core/policy.js";
import type { DockerImage } from "./dockerfile/index.js";
import { type LoadedFile } from "./load-file.js";
import type { EnvFileUse } from "./env-file-listeners.js";
import type { FrontEndResult } from "./types.js";
export interface ComposeScanOptions {
    cwd: string;
    env: Readonly<Record<string, string | undefined>>;
    envFiles?: readonly string[];
    /** For the front ends' own policy switches (publish.requireHostIp, kubernetes.*); default recommended. */
    policy?: Policy;
}
/** Texts the scan has read already, by absolute path. */
export type KnownTexts = ReadonlyMap<string, string>;
export interface ComposeScan {
    add(file: LoadedFile): void;
    /**
     * The projects' listeners, and what they do with each env file (by absolute path). `images`:
     * the scan's Dockerfiles by absolute path; `linked` names those a service builds.
     */
    finish(images?: ReadonlyMap<string, DockerImage>): FrontEndResult & {
        linked: ReadonlySet<string>;
        envFileUses: ReadonlyMap<string, EnvFileUse>;
    };
}
/** `known`: env files the scan reads anyway; filled as it goes, so it is looked up, never copied. */
export declare function composeScan(options: ComposeScanOptions, known?: KnownTexts): ComposeScan;
