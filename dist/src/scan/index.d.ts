import type { Finding } from "../core/finding.js";
import type { Listener } from "../core/listener.js";
import type { Policy } from "../core/policy.js";
import { type DiscoveredFile } from "./discover.js";
import type { FileKind } from "./types.js";
export interface ScanOptions {
    /** Absolute working directory; paths in the output are relative to it. */
    cwd: string;
    /** Process environment: it wins over `.env` in compose interpolation, as in Compose. */
    env: Readonly<Record<string, string | undefined>>;
    policy: Policy;
    /**
     * The policy of one file (its path as reported: relative to cwd, or absolute), when files may
     * have different ones (the nearest config of each); absent: `policy` for every file.
     */
    policyFor?: (path: string) => Policy;
    /** `--ignore` patterns (gitignore syntax, relative to cwd). */
    ignore?: readonly string[];
    /** `--env-file`: replaces the `.env` next to each compose file. */
    envFiles?: readonly string[];
    /**
     * `--changed-since`: absolute paths of changed files. Only those are scanned, plus every file of
     * a compose family (base, overrides, .env) one of them belongs to.
     */
    changed?: ReadonlySet<string>;
    /** Standard input, scanned when a path is "-". */
    stdin?: {
        bytes: Buffer;
        filename?: string;
    };
    /** Also collect JS/TS files (returned in `codeFiles`) for the ESLint rules. */
    code?: boolean;
    /** Scan vendored, minified and generated files too (`--include-vendored`). */
    includeVendored?: boolean;
    /** Follow symbolic links out of the walked directories (`--follow-external-links`). */
    followExternalLinks?: boolean;
    /** Keep the text of every file read, in `texts` (baselines fingerprint findings by it). */
    keepTexts?: boolean;
}
export interface ScannedFile {
    path: string;
    kind: FileKind;
    listeners: number;
}
/** Why a file was skipped or a directory not entered; shown with --verbose. */
export interface ScanNote {
    path: string;
    message: string;
}
export interface ScanResult {
    findings: Finding[];
    files: ScannedFile[];
    listeners: Listener[];
    diagnostics: ScanNote[];
    /**
     * JS/TS files for the ESLint rules (with `code: true`); not read here, so whether one is
     * generated is told where it is read (lint-code.ts).
     */
    codeFiles: DiscoveredFile[];
    /** With `keepTexts`: each file's text as read, by shown path, so that nothing is read twice. */
    texts?: Map<string, string>;
}
export declare const STDIN_PATH = "<stdin>";
export declare function scanPaths(paths: readonly string[], options: ScanOptions): ScanResult;
