import type { LineCounter } from "yaml";
import type { Finding } from "../core/finding.js";
import type { Origin } from "../core/listener.js";
import { type ContentTests } from "./detect-kind.js";
import type { FileKind } from "./types.js";
import { type YamlDoc } from "./yaml-walk.js";
export interface LoadedFile {
    path: string;
    /** Absent for stdin. */
    absolute?: string;
    kind: FileKind;
    text: string;
    lines: LineCounter;
    /** Parsed documents; empty for env files. */
    ydocs: YamlDoc[];
}
/** A file that did not load still gives its text back when it had one (for baseline fingerprints). */
export type LoadResult = {
    file: LoadedFile;
} | {
    finding: Finding;
    text?: string;
} | {
    skipped: string;
};
export interface LoadRequest {
    path: string;
    absolute?: string;
    explicit: boolean;
    /** Known to be a regular file (discovery saw its type), so reading needs no fstat first. */
    regular?: boolean;
    /** Bytes already in hand (stdin); otherwise the file is read from `absolute`. */
    bytes?: Buffer;
}
/** A file that could not be checked; its source is the kind its name gives, when it gives one. */
export declare function parseErrorFinding(path: string, reason: string, origin?: Origin, guessed?: FileKind): Finding;
export declare function loadFile(request: LoadRequest, tests: ContentTests): LoadResult;
