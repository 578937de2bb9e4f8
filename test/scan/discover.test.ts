import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
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

// Tests run as root, who reads anything: unreadability comes from entries root cannot read as
// files either (a FIFO blocks without a writer, /dev/zero never ends, a dangling link is nothing).
describe("discoverFiles: entries that are not regular files", () => {
  const special = (root: string) => {
    execFileSync("mkfifo", [join(root, "pipe.js"), join(root, "pipe.yml")]);
    symlinkSync("/dev/zero", join(root, "zero.js"));
    symlinkSync("/dev/zero", join(root, "zero.yml"));
    symlinkSync("missing.js", join(root, "dangling.js"));
    symlinkSync("/dev/zero", join(root, "zero.txt"));
  };

  it("reports a FIFO, a /dev/zero link and a dangling link with a wanted name as not checked, never as files", () => {
    const root = tree({ "compose.yaml": "" });
    special(root);
    const discovery = discoverFiles([], { cwd: root, code: true });
    expect(discovery.files.map((file) => file.path)).toEqual(["compose.yaml"]);
    expect(discovery.unreadable).toEqual([
      { path: "dangling.js", reason: "it does not exist (or is a broken symbolic link)" },
      { path: "pipe.js", reason: "it is a named pipe (FIFO), not a regular file" },
      { path: "pipe.yml", reason: "it is a named pipe (FIFO), not a regular file" },
      { path: "zero.js", reason: "it is a symbolic link to a character device, not to a regular file" },
      { path: "zero.yml", reason: "it is a symbolic link to a character device, not to a regular file" },
    ]);
  });

  it("a dangling .env link is a missing .env, which Compose reads as empty: a note, not a finding", () => {
    const root = tree({ "compose.yaml": "" });
    symlinkSync("mailcow.conf", join(root, ".env"));
    symlinkSync("generated/compose.yaml", join(root, "docker-compose.yml"));
    const discovery = discoverFiles([], { cwd: root });
    expect(discovery.unreadable).toEqual([{ path: "docker-compose.yml", reason: "it does not exist (or is a broken symbolic link)" }]);
    expect(discovery.notes).toEqual([{ path: ".env", message: "skipped: a symbolic link to a file that does not exist (Compose reads a missing env file as empty)" }]);
  });

  it("without code linting, JS names are not wanted and so not reported", () => {
    const root = tree({});
    special(root);
    expect(discoverFiles([], { cwd: root }).unreadable.map((entry) => entry.path)).toEqual(["pipe.yml", "zero.yml"]);
  });

  it("a FIFO or device named on the command line is reported, not read", () => {
    const root = tree({});
    special(root);
    const discovery = discoverFiles(["pipe.js", "zero.txt"], { cwd: root, code: true });
    expect(discovery.files).toEqual([]);
    expect(discovery.unreadable).toEqual([
      { path: "pipe.js", reason: "it is a named pipe (FIFO), not a regular file" },
      { path: "zero.txt", reason: "it is a character device, not a regular file" },
    ]);
  });
});

describe("discoverFiles: symbolic links", () => {
  it("does not follow a link to / or to a file outside the walked directory, and says so", () => {
    const outside = tree({ "compose.yaml": "", "deploy/pod.yaml": "" });
    const root = tree({ "app/compose.yaml": "" });
    symlinkSync("/", join(root, "rootfs"));
    symlinkSync(join(outside, "compose.yaml"), join(root, "app", "docker-compose.yml"));
    symlinkSync(join(outside, "deploy"), join(root, "deploy"));
    const started = Date.now();
    const discovery = discoverFiles([], { cwd: root });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(discovery.files.map((file) => file.path)).toEqual(["app/compose.yaml"]);
    expect(discovery.unreadable).toEqual([]);
    expect(discovery.notes.map((note) => [note.path, note.message.replace(outside, "<outside>")])).toEqual([
      ["app/docker-compose.yml", "skipped: a symbolic link to <outside>/compose.yaml, outside the scanned directory . (--follow-external-links follows it)"],
      ["deploy", "skipped: a symbolic link to <outside>/deploy, outside the scanned directory . (--follow-external-links follows it)"],
      ["rootfs", "skipped: a symbolic link to /, outside the scanned directory . (--follow-external-links follows it)"],
    ]);
  });

  it("follows links that stay inside, and links out with --follow-external-links", () => {
    const outside = tree({ "deploy/pod.yaml": "" });
    const root = tree({ "base/compose.yaml": "", "k8s/pod.yaml": "" });
    symlinkSync("base", join(root, "current"));
    symlinkSync("k8s/pod.yaml", join(root, "pod.yaml"));
    symlinkSync(join("..", "base", "compose.yaml"), join(root, "k8s", "compose.yml"));
    symlinkSync(join(outside, "deploy"), join(root, "deploy"));
    // Inside the walked directory, a link is followed; one to something listed anyway is noted.
    const inside = discoverFiles([], { cwd: root });
    expect(inside.files.map((file) => file.path)).toEqual(["base/compose.yaml", "k8s/pod.yaml"]);
    expect(inside.notes.map((note) => [note.path, note.message]).filter(([path]) => path !== "deploy")).toEqual([
      ["current", "skipped: a symbolic link back to a directory already scanned"],
      ["k8s/compose.yml", "skipped: a symbolic link to base/compose.yaml, which is scanned under its own name"],
      ["pod.yaml", "skipped: a symbolic link to k8s/pod.yaml, which is scanned under its own name"],
    ]);
    const followed = discoverFiles([], { cwd: root, followExternalLinks: true });
    expect(followed.files.map((file) => file.path)).toEqual(["base/compose.yaml", "deploy/pod.yaml", "k8s/pod.yaml"]);
    // A link to a file nothing else lists is scanned under the link's name.
    const only = tree({ "real/pod.txt": "" });
    symlinkSync(join("real", "pod.txt"), join(only, "pod.yaml"));
    expect(paths(only)).toEqual([["pod.yaml", false]]);
  });

  it("terminates on loops, inside and through the outside", () => {
    const root = tree({ "a/compose.yaml": "" });
    symlinkSync("..", join(root, "a", "up"));
    symlinkSync(root, join(root, "a", "self"));
    symlinkSync("loop.yml", join(root, "loop.yml"));
    const discovery = discoverFiles([], { cwd: root, followExternalLinks: true });
    expect(discovery.files.map((file) => file.path)).toEqual(["a/compose.yaml"]);
    expect(discovery.unreadable).toEqual([{ path: "loop.yml", reason: "it is a symbolic link loop" }]);
    expect(discovery.notes.map((note) => note.message)).toEqual([
      "skipped: a symbolic link back to a directory already scanned",
      "skipped: a symbolic link back to a directory already scanned",
    ]);
  });
});
