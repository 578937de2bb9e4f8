// Turns bytes on disk into text the front ends can trust, or says why it cannot: too large,
// not a regular file, binary, not UTF-8. A file that cannot be read is reported, never passed.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { isUtf8 } from "node:buffer";
/** Config files are kilobytes and source files rarely pass 1 MB; anything this large is generated data or a mistake. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/**
 * `regular`: the caller has seen the file's type already (readdir's entry type, or a stat), so
 * no fstat is needed before reading: the size limit is then enforced while reading.
 */
export function readSource(absolute, regular = false) {
    return readWith(absolute, regular, decodeSource, "config files");
}
/**
 * A JS/TS file's text, decoded as Node and ESLint decode it: UTF-8, invalid bytes replaced (a
 * Latin-1 comment does not stop Node running the file, nor hide a listener's ASCII), the BOM
 * dropped. Everything else as `readSource`: the same size limit, and a file that is not a regular
 * file or cannot be read is a reason, never a text.
 */
export function readCodeSource(absolute, regular = false) {
    return readWith(absolute, regular, decodeCode, "code files");
}
export function decodeCode(bytes) {
    if (bytes.length > MAX_FILE_BYTES)
        return tooLarge(bytes.length, "code files");
    return { ok: true, text: withoutBom(bytes.toString("utf8")) };
}
function readWith(absolute, regular, decode, limitFor) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        return { ok: false, reason: describeFsError(error) };
    }
    try {
        if (!regular) {
            const stat = fstatSync(fd);
            if (!stat.isFile())
                return { ok: false, reason: "it is not a regular file" };
            if (stat.size > MAX_FILE_BYTES)
                return tooLarge(stat.size, limitFor);
        }
        const bytes = readUpTo(fd, MAX_FILE_BYTES + 1);
        return bytes.length > MAX_FILE_BYTES ? tooLarge(fstatSync(fd).size, limitFor) : decode(bytes);
    }
    catch (error) {
        return { ok: false, reason: describeFsError(error) };
    }
    finally {
        closeSync(fd);
    }
}
function tooLarge(size, limitFor) {
    return { ok: false, reason: `it is ${formatMegabytes(size)}, over the ${formatMegabytes(MAX_FILE_BYTES)} limit for ${limitFor}`, tooLarge: true };
}
/**
 * Reads start in one reused 64 KB buffer: config files are a few kilobytes, and the bytes are
 * decoded into a string before the next read. (A Buffer per file, sized by an fstat, cost a tenth
 * of the scanner's own time on a 10,000-file run.) A larger file gets buffers of its own.
 */
const shared = Buffer.allocUnsafe(64 * 1024);
/** The file's bytes until its end or `limit` bytes, whichever comes first; valid until the next read. */
function readUpTo(fd, limit) {
    let buffer = shared;
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length >= limit)
                break;
            const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit));
            buffer.copy(bigger, 0, 0, length);
            buffer = bigger;
        }
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0)
            break;
        length += n;
    }
    return buffer.subarray(0, length);
}
/** Bytes → text: NUL bytes mean binary, invalid UTF-8 is named with its line, a BOM is dropped. */
export function decodeSource(bytes) {
    const nul = bytes.indexOf(0);
    if (nul !== -1)
        return { ok: false, reason: "it is a binary file (it contains NUL bytes)", line: lineOfByte(bytes, nul) };
    if (!isUtf8(bytes)) {
        const offset = firstInvalidUtf8(bytes);
        return { ok: false, reason: `it is not valid UTF-8 (byte ${offset + 1})`, line: lineOfByte(bytes, offset) };
    }
    return { ok: true, text: withoutBom(bytes.toString("utf8")) };
}
function withoutBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
function lineOfByte(bytes, offset) {
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1))
        line++;
    return line;
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return bytes.length;
}
// Unicode 15 Table 3-7 (well-formed UTF-8 byte sequences).
function sequenceLength(bytes, i) {
    const b0 = bytes[i] ?? 0;
    const cont = (k, low = 0x80, high = 0xbf) => {
        const b = bytes[i + k];
        return b !== undefined && b >= low && b <= high;
    };
    if (b0 < 0x80)
        return 1;
    if (b0 >= 0xc2 && b0 <= 0xdf)
        return cont(1) ? 2 : 0;
    if (b0 === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if (b0 === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    if (b0 >= 0xe1 && b0 <= 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (b0 === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (b0 >= 0xf1 && b0 <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (b0 === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
function formatMegabytes(bytes) {
    return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
/** Node's fs errors as a reason a person can act on. */
export function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case "ENOENT":
            return "it does not exist (or is a broken symbolic link)";
        case "EACCES":
        case "EPERM":
            return "permission denied";
        case "ELOOP":
            return "it is a symbolic link loop";
        case "EISDIR":
            return "it is a directory";
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
