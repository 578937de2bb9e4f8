// dist/ is committed, so that a git checkout at a tag (the GitHub Action, the pre-commit hook,
// `npm install github:…`) runs without a build and without devDependencies. This keeps it the
// build of the source: a fresh build into a temporary directory must equal it file for file.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, scratchDir } from "./release.js";

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

const fresh = scratchDir("port-policy-dist-");
afterAll(fresh.cleanup);

describe("dist/", () => {
  it("is exactly what `npm run build` makes from the source (else: npm run build, and commit dist/)", { timeout: 180_000 }, () => {
    execFileSync(process.execPath, ["scripts/build.js", fresh.path], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    const built = listFiles(fresh.path);
    const committed = listFiles(join(ROOT, "dist"));
    expect(committed, "files in dist/").toEqual(built);
    const stale = built.filter((file) => readFileSync(join(fresh.path, file), "utf8") !== readFileSync(join(ROOT, "dist", file), "utf8"));
    expect(stale, "dist/ files that differ from a fresh build").toEqual([]);
  });

  it("is tracked by git and marked generated", () => {
    let inGit = true;
    try {
      execFileSync("git", ["rev-parse", "--git-dir"], { cwd: ROOT, stdio: "ignore" });
    } catch {
      inGit = false;
    }
    if (inGit) expect(execFileSync("git", ["ls-files", "dist/src/cli.js"], { cwd: ROOT, encoding: "utf8" }).trim()).toBe("dist/src/cli.js");
    expect(execFileSync("git", ["check-attr", "linguist-generated", "--", "dist/src/cli.js"], { cwd: ROOT, encoding: "utf8" }).trim()).toBe("dist/src/cli.js: linguist-generated: true");
  });
});
