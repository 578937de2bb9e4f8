import type { LineCounter } from "yaml";
import type { Origin } from "../core/listener.js";
export interface FileContext {
    /** Relative to the working directory, forward slashes. */
    path: string;
    text: string;
    lines: LineCounter;
}
export declare function originOf(file: FileContext, span: readonly [number, number]): Origin;
