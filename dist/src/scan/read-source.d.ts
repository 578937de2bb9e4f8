/** Config files are kilobytes; anything this large is generated data or a mistake. */
export declare const MAX_FILE_BYTES: number;
export type ReadResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    reason: string;
    offset?: number;
    line?: number;
};
/**
 * `regular`: the caller has seen the file's type already (readdir's entry type, or a stat), so
 * no fstat is needed before reading: the size limit is then enforced while reading.
 */
export declare function readSource(absolute: string, regular?: boolean): ReadResult;
/** Bytes → text: NUL bytes mean binary, invalid UTF-8 is named with its line, a BOM is dropped. */
export declare function decodeSource(bytes: Buffer): ReadResult;
/** Node's fs errors as a reason a person can act on. */
export declare function describeFsError(error: unknown): string;
