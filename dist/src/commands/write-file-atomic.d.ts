export type WriteResult = {
    ok: true;
} | {
    ok: false;
    reason: string;
};
type Target = {
    how: "replace";
    mode?: number;
} | {
    how: "in-place";
} | {
    how: "refuse";
    reason: string;
};
/** Why an errno stops a write, in words a CI log reader acts on. */
export declare function describeWriteError(error: unknown): string;
/** What writing to `file` would do; looked at before the scan too, so a bad name fails at once. */
export declare function writeTarget(file: string): Target;
export declare function writeFileAtomic(file: string, text: string): Promise<WriteResult>;
export {};
