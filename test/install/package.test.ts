// The package as it ships: the tarball `npm pack` makes from a plain checkout, linted by publint,
// and the checkout itself installed with `npm install --omit=dev`, as a git dependency or the
// GitHub Action would use it: no build, no devDependencies.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { beforeAll, describe, expect, it } from "vitest";
import { git, release, scratchDir, type Release } from "./release.js";

let shipped: Release;
beforeAll(() => {
  shipped = release();
}, 120_000);

function tarballFiles(): string[] {
  return execFileSync("tar", ["-tzf", shipped.tarball], { encoding: "utf8" }).trim().split("\n").map((name) => name.replace(/^package\//, ""));
}

describe("the packed tarball", { timeout: 120_000 }, () => {
  it("is publint clean: no error, warning or suggestion", async () => {
    const tarball = readFileSync(shipped.tarball);
    const { messages, pkg } = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true, level: "suggestion" });
    expect(messages.map((message) => formatMessage(message, pkg, { color: false }))).toEqual([]);
  });

  it("holds the built code, docs, schema, licence and changelog, and no sources or tests", () => {
    const files = tarballFiles();
    for (const file of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "bin/port-policy.js", "dist/src/index.js", "dist/src/index.d.ts", "dist/src/cli.js", "schema/port-policy.schema.json", "docs/rules/no-dynamic-port.md"]) {
      expect(files).toContain(file);
    }
    expect(files.filter((file) => /^(src|rules|test|fixtures|bench|scripts)\//.test(file) || file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
  });

  it("names its repository, homepage and issue tracker, and keeps TypeScript optional", () => {
    const manifest = JSON.parse(readFileSync(join(shipped.checkout, "package.json"), "utf8"));
    expect(manifest.repository).toEqual({ type: "git", url: "git+https://github.com/port-policy/eslint-plugin-port-policy.git" });
    expect(manifest.homepage).toBe("https://github.com/port-policy/eslint-plugin-port-policy#readme");
    expect(manifest.bugs).toEqual({ url: "https://github.com/port-policy/eslint-plugin-port-policy/issues" });
    expect(manifest.peerDependenciesMeta).toEqual({ "@typescript-eslint/parser": { optional: true }, typescript: { optional: true } });
    expect(Object.keys(manifest.dependencies)).not.toContain("typescript");
    expect(Object.keys(manifest.dependencies).filter((name: string) => name.startsWith("@typescript-eslint/"))).toEqual(["@typescript-eslint/types"]);
    // npm runs `prepare` when it installs from git; it would need devDependencies (tsc).
    expect(manifest.scripts.prepare).toBeUndefined();
  });
});

describe("a plain checkout at the release tag", () => {
  it("installs with npm install --omit=dev and runs: nothing to build", () => {
    const clone = scratchDir("port-policy-clone-");
    try {
      git(clone.path, "clone", "-q", "--branch", "v0.1.0", shipped.repository, "repo");
      const repo = join(clone.path, "repo");
      execFileSync("npm", ["install", "--omit=dev", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: repo, stdio: ["ignore", "pipe", "pipe"] });
      const version = execFileSync(process.execPath, ["bin/port-policy.js", "--version"], { cwd: repo, encoding: "utf8" });
      expect(version).toBe(`${JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).version}\n`);
      let stdout = "";
      let status = 0;
      try {
        execFileSync(process.execPath, ["bin/port-policy.js", "scan", "--no-code", "--format", "json", "fixtures/compose/no-dynamic-port.yml"], { cwd: repo, encoding: "utf8" });
      } catch (error) {
        ({ stdout, status } = error as { stdout: string; status: number });
      }
      expect(status).toBe(1);
      expect(JSON.parse(stdout).findings.map((f: { ruleId: string; line: number; column: number; port: number }) => [f.ruleId, f.line, f.column, f.port])).toEqual([
        ["no-dynamic-port", 7, 10, 50000],
        ["no-ephemeral-port", 11, 10, 40000],
      ]);
    } finally {
      clone.cleanup();
    }
  }, 180_000);
});
