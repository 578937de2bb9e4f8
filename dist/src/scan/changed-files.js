// `--changed-since <ref>`: the files that changed since a git ref (committed, staged, unstaged and
// new untracked files), as absolute paths. Compose projects are widened by the caller: a changed
// .env or override file re-checks the compose file it feeds, and the other way round.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
const run = promisify(execFile);
async function git(cwd, args) {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
function lines(text) {
    return text.split("\n").filter(Boolean);
}
export async function changedSince(ref, cwd) {
    try {
        const root = (await git(cwd, ["rev-parse", "--show-toplevel"])).trim();
        await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
        const changed = lines(await git(root, ["diff", "--name-only", "--no-renames", ref, "--"]));
        const untracked = lines(await git(root, ["ls-files", "--others", "--exclude-standard"]));
        return { ok: true, files: new Set([...changed, ...untracked].map((file) => path.resolve(root, file))) };
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        return { ok: false, error: `cannot list files changed since "${ref}": ${detail || "not a git repository or unknown ref"}` };
    }
}
/** Files that feed one compose project: the base, its overrides and the .env next to it. */
export function composeFamily(file) {
    const name = path.basename(file);
    const isComposeName = /^(docker-)?compose(\.[\w.-]+)?\.ya?ml$/.test(name) || /^docker-compose[\w.-]*\.ya?ml$/.test(name);
    return isComposeName || name === ".env" ? path.dirname(file) : undefined;
}
/** Keeps the candidates that changed, plus every file of a compose family one of them belongs to. */
export function selectChanged(candidates, changed) {
    const families = new Set([...changed].map(composeFamily).filter((dir) => dir !== undefined));
    return candidates.filter((file) => {
        if (changed.has(file))
            return true;
        const family = composeFamily(file);
        return family !== undefined && families.has(family);
    });
}
