import type { LineCounter } from "yaml";
import type { Finding } from "../core/finding.js";
import type { Origin } from "../core/listener.js";
import { type ContentTests } from "./detect-kind.js";
import type { FileKind } from "./types.js";
import type { DuplicateKey, YamlDoc } from "./yaml-walk.js";
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
/** A file to check, with findings about the file itself (duplicate keys); or why it cannot be (with its text, for baseline fingerprints, when it had one); or why it is not ours. */
export type LoadResult = {
    file: LoadedFile;
    findings: Finding[];
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
/** On the first repeated key, with its first line; the other keys repeated in that mapping listed. */
export declare function duplicateKeyFinding(path: string, lines: LineCounter, duplicate: DuplicateKey, kind: FileKind): Finding;
