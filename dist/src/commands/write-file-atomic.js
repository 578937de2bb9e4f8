// Reports are written to a temporary file beside the target and renamed over it, so a crash or
// a full disk never leaves a half-written SARIF file for the next CI step to upload.
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
export function writeFileAtomic(file, text) {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
        writeFileSync(temporary, text);
        renameSync(temporary, file);
    }
    catch (error) {
        rmSync(temporary, { force: true });
        throw error;
    }
}
