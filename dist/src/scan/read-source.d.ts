/** Config files are kilobytes and source files rarely pass 1 MB; anything this large is generated data or a mistake. */
export declare const MAX_FILE_BYTES: number;
/** `tooLarge`: the file was there and readable, but over the size limit. */
export type ReadResult = {
    ok: true;
    text: string;
} | {
    ok: false;
    reason: string;
    offset?: number;
    line?: number;
    tooLarge?: true;
};
/**
 * `regular`: the caller has seen the file's type already (readdir's entry type, or a stat), so
 * no fstat is needed before reading: the size limit is then enforced while reading.
 */
export declare function readSource(absolute: string, regular?: boolean): ReadResult;
/**
 * A JS/TS file's text, decoded as Node and ESLint decode it: UTF-8, invalid bytes replaced (a
 * Latin-1 comment does not stop Node running the file, nor hide a listener's ASCII), the BOM
 * dropped. Everything else as `readSource`: the same size limit, and a file that is not a regular
 * file or cannot be read is a reason, never a text.
 */
export declare function readCodeSource(absolute: string, regular?: boolean): ReadResult;
export declare function decodeCode(bytes: Buffer): ReadResult;
/** Bytes → text: NUL bytes mean binary, invalid UTF-8 is named with its line, a BOM is dropped. */
export declare function decodeSource(bytes: Buffer): ReadResult;
/** Node's fs errors as a reason a person can act on. */
export declare function describeFsError(error: unknown): string;
