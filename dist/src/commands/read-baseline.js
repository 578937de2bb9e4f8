// `--baseline <file>`: read once, a regular file only, and bounded: a FIFO named as the baseline
// must not hang the gate, nor /dev/zero fill the memory.
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseBaseline } from "../baseline.js";
/** A baseline entry is about 200 bytes: this allows a quarter of a million findings. */
export const MAX_BASELINE_BYTES = 50 * 1024 * 1024;
function readText(absolute) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        fd = openSync(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        const code = error.code;
        return { ok: false, reason: code === "ENOENT" ? "it does not exist" : code === "EACCES" ? "permission denied" : error.message };
    }
    try {
        const stat = fstatSync(fd);
        if (!stat.isFile())
            return { ok: false, reason: "it is not a regular file" };
        if (stat.size > MAX_BASELINE_BYTES)
            return { ok: false, reason: `it is over ${MAX_BASELINE_BYTES / 1024 / 1024} MB` };
        return { ok: true, text: readFileSync(fd, "utf8") };
    }
    catch (error) {
        return { ok: false, reason: error.message };
    }
    finally {
        closeSync(fd);
    }
}
export function readBaseline(file, cwd) {
    const read = readText(path.resolve(cwd, file));
    if (!read.ok)
        return { ok: false, error: `cannot read the baseline ${file}: ${read.reason}` };
    const parsed = parseBaseline(read.text);
    return parsed.ok ? parsed : { ok: false, error: `baseline ${file}: ${parsed.error}` };
}
