// What a user gets from this repository, made once per content: a git repository holding the
// working tree as one commit tagged v0.1.0 and v0 (a release as the README names it), a clone of
// it at the tag (what `uses: …@v0` and pre-commit check out: no node_modules, no build), and the
// tarball `npm pack` makes from that clone, which every install test installs. dist/ is taken as
// it is in the working tree (dist.test.ts checks it matches the source).
//
// Test files run in parallel workers; the release is cached under a directory named after the
// tree's git hash, built in a private directory and renamed into place, so concurrent workers
// either build the same thing or reuse it.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const TAG = "v0.1.0";
export const MOVING_TAG = "v0";

export interface Release {
  /** Bare-ish repository with the release commit and its tags (a stand-in for the GitHub repository). */
  repository: string;
  /** A plain clone at TAG. */
  checkout: string;
  /** `npm pack` of the checkout. */
  tarball: string;
}

const GIT_IDENTITY = ["-c", "user.name=port-policy tests", "-c", "user.email=tests@port-policy.invalid", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"];

export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", [...GIT_IDENTITY, ...args], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

function stage(gitDir: string): string {
  const withTree = ["--git-dir", gitDir, "--work-tree", ROOT];
  git(ROOT, ...withTree, "add", "-A", ".");
  if (existsSync(join(ROOT, "dist"))) git(ROOT, ...withTree, "add", "-f", "dist");
  return git(ROOT, "--git-dir", gitDir, "write-tree");
}

function build(into: string): void {
  const repository = join(into, "repository.git");
  git(into, "init", "-q", "--bare", repository);
  const tree = stage(repository);
  const commit = git(into, "--git-dir", repository, "commit-tree", tree, "-m", "release");
  git(into, "--git-dir", repository, "update-ref", "refs/heads/main", commit);
  git(into, "--git-dir", repository, "symbolic-ref", "HEAD", "refs/heads/main");
  git(into, "--git-dir", repository, "tag", TAG, commit);
  git(into, "--git-dir", repository, "tag", MOVING_TAG, commit);
  const checkout = join(into, "checkout");
  git(into, "clone", "-q", "--branch", TAG, repository, checkout);
  execFileSync("npm", ["pack", "--silent", "--pack-destination", into], { cwd: checkout, stdio: ["ignore", "pipe", "pipe"] });
}

function layout(dir: string): Release {
  const tarball = readdirSync(dir).find((name) => name.endsWith(".tgz"));
  if (!tarball) throw new Error(`no tarball in ${dir}`);
  return { repository: join(dir, "repository.git"), checkout: join(dir, "checkout"), tarball: join(dir, tarball) };
}

/** Releases of other trees (earlier edits) left by runs more than `age` ago. */
function pruneOlderThan(cacheRoot: string, keep: string, age: number): void {
  if (!existsSync(cacheRoot)) return;
  for (const name of readdirSync(cacheRoot)) {
    const dir = join(cacheRoot, name);
    if (!name.startsWith(keep) && Date.now() - statSync(dir).mtimeMs > age) rmSync(dir, { recursive: true, force: true });
  }
}

let made: Release | undefined;

export function release(): Release {
  if (made) return made;
  // The tree's hash names the cache: stage into a scratch repository first to learn it.
  const scratch = mkdtempSync(join(tmpdir(), "port-policy-tree-"));
  git(scratch, "init", "-q", "--bare", "repo.git");
  const tree = stage(join(scratch, "repo.git"));
  rmSync(scratch, { recursive: true, force: true });
  const cacheRoot = join(tmpdir(), "port-policy-releases");
  const final = join(cacheRoot, tree);
  pruneOlderThan(cacheRoot, tree, 60 * 60 * 1000);
  if (!existsSync(join(final, "checkout"))) {
    mkdirSync(cacheRoot, { recursive: true });
    const building = mkdtempSync(join(cacheRoot, `${tree}-building-`));
    build(building);
    try {
      renameSync(building, final);
    } catch {
      // Another worker won the race with the same content.
      rmSync(building, { recursive: true, force: true });
    }
  }
  made = layout(final);
  return made;
}

/** The version package-lock.json records for a package (what this release was tested with). */
export function lockedVersion(name: string): string {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version: string }> };
  const entry = lock.packages[`node_modules/${name}`];
  if (!entry) throw new Error(`${name} is not in package-lock.json`);
  return entry.version;
}

/**
 * npm install in `dir` (created with a minimal package.json), from the npm cache when it has the
 * package (`npm ci` filled it with every locked version): quick and, in CI, offline in practice.
 */
export function npmInstall(dir: string, packages: readonly string[], packageJson: Record<string, unknown> = {}): void {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: "consumer", version: "1.0.0", private: true, type: "module", ...packageJson };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...packages], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
}

/** A fresh directory under the system temp dir, removed by `cleanup`. */
export function scratchDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
