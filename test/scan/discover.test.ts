import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/scan/discover.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

function tree(files: Record<string, string>): string {
  const root = tempDir();
  writeFiles(root, files);
  return root;
}

const paths = (root: string, given: string[] = [], ignore: string[] = []) =>
  discoverFiles(given, { cwd: root, ignore }).files.map((file) => [file.path, file.explicit]);

describe("discoverFiles", () => {
  it("keeps YAML and env names, skips node_modules and .git, walks hidden .github", () => {
    const root = tree({
      "compose.yaml": "",
      "README.md": "",
      "app/.env": "",
      "app/.env.local": "",
      "app/prod.env": "",
      "app/.envrc": "",
      "app/main.ts": "",
      ".github/workflows/ci.yml": "",
      "node_modules/pkg/compose.yaml": "",
      ".git/config.yaml": "",
      "deep/a/b/c/manifest.YML": "",
    });
    expect(paths(root)).toEqual([
      [".github/workflows/ci.yml", false],
      ["app/.env", false],
      ["app/.env.local", false],
      ["app/prod.env", false],
      ["compose.yaml", false],
      ["deep/a/b/c/manifest.YML", false],
    ]);
  });

  it("honours .gitignore files, nested ones relative to their directory, and negations", () => {
    const root = tree({
      ".gitignore": "generated/\n*.local.yaml\n",
      "generated/deploy.yaml": "",
      "keep.local.yaml": "",
      "svc/.gitignore": "tmp.yaml\n!keep.local.yaml\n",
      "svc/tmp.yaml": "",
      "svc/keep.local.yaml": "",
      "svc/deploy.yaml": "",
      "tmp.yaml": "",
    });
    mkdirSync(join(root, ".git"));
    expect(paths(root)).toEqual([
      ["svc/deploy.yaml", false],
      ["svc/keep.local.yaml", false],
      ["tmp.yaml", false],
    ]);
    // A subdirectory walked on its own still obeys the repository's .gitignore above it.
    expect(paths(root, ["svc"])).toEqual([
      ["svc/deploy.yaml", false],
      ["svc/keep.local.yaml", false],
    ]);
    expect(paths(root, ["generated"])).toEqual([]);
  });

  it("applies --ignore patterns to walked and named paths", () => {
    const root = tree({ "a/compose.yaml": "", "b/compose.yaml": "", "b/x.yaml": "" });
    expect(paths(root, [], ["b/"])).toEqual([["a/compose.yaml", false]]);
    expect(paths(root, [], ["**/x.yaml"])).toEqual([
      ["a/compose.yaml", false],
      ["b/compose.yaml", false],
    ]);
    const discovery = discoverFiles(["b/x.yaml"], { cwd: root, ignore: ["x.yaml"] });
    expect(discovery.files).toEqual([]);
    expect(discovery.notes).toEqual([{ path: "b/x.yaml", message: "skipped: matches --ignore" }]);
  });

  it("takes named files whatever their names and ignores .gitignore for them", () => {
    const root = tree({ ".gitignore": "*.txt\n", "ports.txt": "", "Dockerfile": "" });
    mkdirSync(join(root, ".git"));
    expect(paths(root, ["ports.txt", "Dockerfile", "ports.txt"])).toEqual([
      ["Dockerfile", true],
      ["ports.txt", true],
    ]);
  });

  it("shows paths outside the working directory relative to it", () => {
    const root = tree({ "inner/compose.yaml": "", "other/k.yaml": "" });
    const discovery = discoverFiles(["../other"], { cwd: join(root, "inner") });
    expect(discovery.files.map((file) => file.path)).toEqual(["../other/k.yaml"]);
  });

  it("shows the working directory's own files by their short paths when the walk starts above it", () => {
    const root = tree({ "inner/compose.yaml": "", "inner/sub/k.yaml": "", "other/k.yaml": "" });
    const discovery = discoverFiles([".."], { cwd: join(root, "inner") });
    expect(discovery.files.map((file) => file.path)).toEqual(["../other/k.yaml", "compose.yaml", "sub/k.yaml"]);
    expect(paths(join(root, "inner"), ["."])).toEqual([
      ["compose.yaml", false],
      ["sub/k.yaml", false],
    ]);
  });
});
