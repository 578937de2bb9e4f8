// `--changed-since` and the env files compose services read with `env_file:` under another name or
// in another directory than the `.env` beside them (`mailserver.env`, `env/netbox.env`): such a
// file is judged as the containers that read it (src/scan/env-file-listeners.ts), so when it
// changes, the compose file that names it is checked with it, as a changed `.env` re-checks the
// compose file beside it (changed-files.ts). A compose file names it when its text holds the env
// file's path relative to it, which is how `env_file:` entries are written.
import path from "node:path";
import { composeFamily } from "./changed-files.js";
import { kindFromPath } from "./detect-kind.js";
import { readSource } from "./read-source.js";
/** Compose files among the candidates (absolute paths) that name one of the changed env files. */
export function composeFilesNaming(candidates, changed, read = readText) {
    const envFiles = [...changed].filter((file) => kindFromPath(file) === "env");
    if (envFiles.length === 0)
        return [];
    return candidates.filter((file) => {
        if (changed.has(file) || path.basename(file) === ".env" || composeFamily(file) === undefined)
            return false;
        const dir = path.dirname(file);
        const names = envFiles.filter((env) => env.startsWith(`${dir}${path.sep}`)).map((env) => path.relative(dir, env).split(path.sep).join("/"));
        if (names.length === 0)
            return false;
        const text = read(file);
        return text !== undefined && names.some((name) => text.includes(name));
    });
}
function readText(file) {
    const read = readSource(file, true);
    return read.ok ? read.text : undefined;
}
