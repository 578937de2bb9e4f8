// `--changed-since <ref>`: the files that changed since a git ref (committed, staged, unstaged and
// new untracked files), as absolute paths. "Since" means since the merge base, as `git diff
// REF...` and a pull request's diff read it: what only the target branch changed since is not
// this branch's change. Compose projects are widened by the caller: a changed .env or override
// file re-checks the compose file it feeds, and the other way round.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
const run = promisify(execFile);
async function git(cwd, args) {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
}
/**
 * NUL-separated paths (`-z`): git then writes every name as it is, where its line output quotes
 * names with non-ASCII letters, quotes, tabs or newlines (core.quotePath) and they never match.
 */
function paths(text) {
    return text.split("\0").filter(Boolean);
}
export async function changedSince(ref, cwd) {
    try {
        // The top level as a path from cwd, so it compares with the walk's paths even when cwd was
        // reached through a symbolic link (--show-toplevel gives the real path).
        const root = path.resolve(cwd, (await git(cwd, ["rev-parse", "--show-cdup"])).trim());
        await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
        const base = await mergeBase(root, ref);
        if (base === undefined)
            return { ok: false, error: `cannot list files changed since "${ref}": it has no common history with HEAD` };
        const changed = paths(await git(root, ["diff", "--name-only", "-z", "--no-renames", base, "--"]));
        const untracked = paths(await git(root, ["ls-files", "-z", "--others", "--exclude-standard"]));
        return { ok: true, files: new Set([...changed, ...untracked].map((file) => path.resolve(root, file))) };
    }
    catch (error) {
        const detail = error.stderr?.trim() || error.message;
        return { ok: false, error: `cannot list files changed since "${ref}": ${detail || "not a git repository or unknown ref"}` };
    }
}
/** The commit a branch left REF at; undefined for unrelated histories (git exits 1, printing nothing). */
async function mergeBase(root, ref) {
    try {
        return (await git(root, ["merge-base", ref, "HEAD"])).trim() || undefined;
    }
    catch (error) {
        if (error.code === 1 && !error.stderr?.trim())
            return undefined;
        throw error;
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
