// Reports and baselines go to the file the user named, and nothing else is touched. A regular
// file (or a new path) is replaced atomically: the text goes to a temporary file beside it, which
// is renamed over it, so a crash, a full disk or Ctrl-C never leaves a half-written SARIF file for
// the next CI step to upload, nor a temporary file behind. Anything else is not ours to replace:
// a character device, a FIFO or a symbolic link (/dev/null, /dev/stdout, a process substitution,
// a link to a shared report) is written through, in place, as a shell redirect would; a
// directory, a block device, a socket or a dangling link is refused.
import { randomBytes } from "node:crypto";
import { constants, lstatSync, mkdirSync, statSync, unlinkSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import path from "node:path";
/** Why an errno stops a write, in words a CI log reader acts on. */
export function describeWriteError(error) {
    const code = error?.code;
    switch (code) {
        case "EACCES":
        case "EPERM":
            return "permission denied";
        case "ENOENT":
            return "its directory does not exist";
        case "ENOTDIR":
        case "EEXIST":
            return "a part of its path is a file, not a directory";
        case "EISDIR":
            return "it is a directory";
        case "ENOSPC":
            return "no space left on the device";
        case "EROFS":
            return "the file system is read-only";
        case "ENAMETOOLONG":
            return "the name is too long";
        case "ELOOP":
            return "it is a symbolic link loop";
        case "ENXIO":
            return "nothing reads from it";
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
function notRegularTarget(stat, through) {
    if (stat.isDirectory())
        return { how: "refuse", reason: `it is ${through}a directory` };
    if (stat.isBlockDevice())
        return { how: "refuse", reason: `it is ${through}a block device` };
    if (stat.isSocket())
        return { how: "refuse", reason: `it is ${through}a socket` };
    return undefined;
}
/** What writing to `file` would do; looked at before the scan too, so a bad name fails at once. */
export function writeTarget(file) {
    if (file === "")
        return { how: "refuse", reason: "the file name is empty" };
    let stat;
    try {
        stat = lstatSync(file);
    }
    catch (error) {
        if (error.code === "ENOENT")
            return { how: "replace" };
        return { how: "refuse", reason: describeWriteError(error) };
    }
    if (stat.isFile())
        return { how: "replace", mode: stat.mode & 0o7777 };
    if (!stat.isSymbolicLink())
        return notRegularTarget(stat, "") ?? { how: "in-place" };
    try {
        return notRegularTarget(statSync(file), "a symbolic link to ") ?? { how: "in-place" };
    }
    catch (error) {
        const code = error.code;
        return { how: "refuse", reason: code === "ENOENT" ? "it is a symbolic link to nothing" : describeWriteError(error) };
    }
}
export async function writeFileAtomic(file, text) {
    const target = writeTarget(file);
    if (target.how === "refuse")
        return { ok: false, reason: target.reason };
    try {
        if (target.how === "in-place")
            await writeInPlace(file, text);
        else
            await replace(file, text, target.mode);
        return { ok: true };
    }
    catch (error) {
        return { ok: false, reason: describeWriteError(error) };
    }
}
/** Through the name, never creating or replacing anything: O_TRUNC means nothing to a device. */
async function writeInPlace(file, text) {
    const handle = await open(file, constants.O_WRONLY | constants.O_TRUNC);
    try {
        await handle.writeFile(text);
    }
    finally {
        await handle.close();
    }
}
async function replace(file, text, mode = 0o666) {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    const removeTemporary = () => {
        try {
            unlinkSync(temporary);
        }
        catch {
            // Not created yet, or renamed already: nothing is left behind either way.
        }
    };
    const untilSignal = onTermination(removeTemporary);
    let handle;
    try {
        // O_EXCL: a name someone put there in the meantime (a link planted in /tmp) is not followed.
        handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
        await handle.writeFile(text);
        // The rename must not publish a file whose bytes are not on disk yet.
        await handle.sync();
        await handle.close();
        handle = undefined;
        await rename(temporary, file);
    }
    catch (error) {
        await handle?.close().catch(() => undefined);
        removeTemporary();
        throw error;
    }
    finally {
        untilSignal.done();
    }
}
const TERMINATING = ["SIGINT", "SIGTERM", "SIGHUP"];
/**
 * Runs `cleanup` if the process is told to stop while a temporary file exists, then stops it
 * the way the signal would have (the exit status says which signal, as a shell expects).
 */
function onTermination(cleanup) {
    const handler = (signal) => {
        cleanup();
        for (const name of TERMINATING)
            process.removeListener(name, handler);
        process.kill(process.pid, signal);
    };
    for (const name of TERMINATING)
        process.on(name, handler);
    return {
        done() {
            for (const name of TERMINATING)
                process.removeListener(name, handler);
        },
    };
}
