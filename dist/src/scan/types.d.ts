import type { Finding } from "../core/finding.js";
import type { Listener } from "../core/listener.js";
/** A file's text with the path shown to users (relative to the working directory, forward slashes). */
export interface SourceFile {
    path: string;
    text: string;
}
/**
 * Listeners for the core, plus findings the front end can only make itself: `valid-port` on a
 * malformed or unresolved value, `parse-error` on a file it could not read.
 */
export interface FrontEndResult {
    listeners: Listener[];
    findings: Finding[];
}
export type FileKind = "compose" | "kubernetes" | "actions" | "env" | "dockerfile";
