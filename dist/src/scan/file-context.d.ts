import type { LineCounter } from "yaml";
import type { Origin } from "../core/listener.js";
export interface FileContext {
    /** Relative to the working directory, forward slashes. */
    path: string;
    text: string;
    lines: LineCounter;
    /** A compose file interpolated with an example env file's values (no .env beside it). */
    envExample?: {
        path: string;
        names: ReadonlySet<string>;
    };
}
export declare function originOf(file: FileContext, span: readonly [number, number]): Origin;
