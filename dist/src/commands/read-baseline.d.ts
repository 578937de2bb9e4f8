import { type BaselineFile } from "../baseline.js";
/** A baseline entry is about 200 bytes: this allows a quarter of a million findings. */
export declare const MAX_BASELINE_BYTES: number;
export type BaselineRead = {
    ok: true;
    baseline: BaselineFile;
} | {
    ok: false;
    error: string;
};
export declare function readBaseline(file: string, cwd: string): BaselineRead;
