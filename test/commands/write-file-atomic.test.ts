// --output-file and --write-baseline write the file the user named and touch nothing else
// (issue 11): a regular file is replaced atomically, a device, FIFO or link is written through in
// place, anything else is refused in one line with exit 2; a signal leaves no temporary file.
// Tests run as root, so permission faults are made as the unprivileged user 65534 in a child.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { writeFileAtomic, writeTarget } from "../../src/commands/write-file-atomic.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const RUN_CLI = path.join(PROJECT, "test/commands/children/run-cli.ts");
const WRITE_LARGE = path.join(PROJECT, "test/commands/children/write-large-report.ts");
const COMPOSE = 'services:\n  agent:\n    image: jenkins/inbound-agent\n    ports:\n      - "50000:50000"\n';
const NOBODY = ["--reuid=65534", "--regid=65534", "--clear-groups"];

function capture(cwd: string) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd, env: {} };
  return { io, out };
}

function project(): string {
  const root = tempDir();
  writeFiles(root, { "compose.yaml": COMPOSE });
  return root;
}

/** The CLI in a child process, optionally as user 65534. */
function cli(cwd: string, args: string[], asNobody = false) {
  const node = [process.execPath, "--import", "tsx", RUN_CLI, cwd, ...args];
  const [command, ...rest] = asNobody ? ["setpriv", ...NOBODY, ...node] : node;
  return spawnSync(command!, rest, { cwd: PROJECT, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" } });
}

const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe("writeTarget: what may be replaced", () => {
  it.each([
    ["a new path", (root: string) => path.join(root, "new.sarif"), "replace"],
    ["a regular file", (root: string) => path.join(root, "compose.yaml"), "replace"],
    ["a character device", () => "/dev/null", "in-place"],
    ["a link to a character device", (root: string) => (symlinkSync("/dev/null", path.join(root, "out")), path.join(root, "out")), "in-place"],
    ["a FIFO", (root: string) => (execFileSync("mkfifo", [path.join(root, "fifo")]), path.join(root, "fifo")), "in-place"],
    ["a directory", (root: string) => root, "refuse"],
    ["a path under a regular file", (root: string) => path.join(root, "compose.yaml", "x.sarif"), "refuse"],
    ["an empty name", () => "", "refuse"],
  ] as const)("%s", (_label, target, how) => {
    expect(writeTarget(target(project())).how).toBe(how);
  });
});

describe("scan --output-file: faults are one line and exit 2", () => {
  it.each([
    ["an existing directory", (root: string) => (mkdirSync(path.join(root, "reports")), "reports"), "it is a directory"],
    ["a path under a regular file", () => "compose.yaml/out.sarif", "a part of its path is a file, not a directory"],
    ["an empty name", () => "", "the file name is empty"],
    ["a dangling symbolic link", (root: string) => (symlinkSync("nowhere/x", path.join(root, "out.sarif")), "out.sarif"), "it is a symbolic link to nothing"],
    ["a link to a directory", (root: string) => (symlinkSync("/tmp", path.join(root, "out.sarif")), "out.sarif"), "it is a symbolic link to a directory"],
    // A block device with no driver behind it: refused before anything opens it.
    ["a block device", (root: string) => (execFileSync("mknod", [path.join(root, "disk"), "b", "240", "0"]), "disk"), "it is a block device"],
  ])("%s", async (_label, setup, reason) => {
    const root = project();
    const file = setup(root);
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "--format", "sarif", "--output-file", file], io)).toBe(2);
    expect(out.stderr).toBe(`port-policy scan: cannot write the sarif report to "${file}": ${reason}\n`);
    expect(out.stdout).toBe("");
    expect(leftovers(root)).toEqual([]);
  });

  it("the same for --write-baseline", async () => {
    const root = project();
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "--write-baseline", "compose.yaml/b.json"], io)).toBe(2);
    expect(out.stderr).toBe('port-policy scan: cannot write the baseline to "compose.yaml/b.json": a part of its path is a file, not a directory\n');
  });

  it("/dev/full: written in place, the error reported, the device left as it is", async () => {
    const root = project();
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "--format", "json", "-o", "/dev/full"], io)).toBe(2);
    expect(out.stderr).toBe('port-policy scan: cannot write the json report to "/dev/full": no space left on the device\n');
    expect(lstatSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});

describe("scan --output-file: only a regular file is replaced", () => {
  it("replaces a regular file atomically, keeping its mode, and leaves no temporary file", async () => {
    const root = project();
    writeFileSync(path.join(root, "out.json"), "old");
    chmodSync(path.join(root, "out.json"), 0o640);
    expect(await scan(["--no-code", "--format", "json", "-o", "out.json"], capture(root).io)).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, "out.json"), "utf8")).summary.errors).toBe(1);
    expect(lstatSync(path.join(root, "out.json")).mode & 0o777).toBe(0o640);
    expect(leftovers(root)).toEqual([]);
  });

  it("writes through a character device named ./null without replacing it", async () => {
    const root = project();
    execFileSync("mknod", [path.join(root, "null"), "c", "1", "3"]);
    expect(await scan(["--no-code", "--format", "json", "-o", "null"], capture(root).io)).toBe(1);
    expect(lstatSync(path.join(root, "null")).isCharacterDevice()).toBe(true);
  });

  it("writes through a symbolic link to a file, keeping the link", async () => {
    const root = project();
    writeFiles(root, { "shared/report.json": "old" });
    symlinkSync("shared/report.json", path.join(root, "out.json"));
    expect(await scan(["--no-code", "--format", "json", "-o", "out.json"], capture(root).io)).toBe(1);
    expect(readlinkSync(path.join(root, "out.json"))).toBe("shared/report.json");
    expect(JSON.parse(readFileSync(path.join(root, "shared/report.json"), "utf8")).summary.errors).toBe(1);
  });

  it("writes into a FIFO that someone reads", async () => {
    const root = project();
    const fifo = path.join(root, "report.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString()));
    const closed = new Promise((resolve) => reader.on("close", resolve));
    expect(await scan(["--no-code", "--format", "json", "-o", "report.fifo"], capture(root).io)).toBe(1);
    await closed;
    expect(JSON.parse(read).summary.errors).toBe(1);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it("-o /dev/stdout prints the report and leaves the /dev/stdout link alone", () => {
    const root = project();
    const before = readlinkSync("/dev/stdout");
    const result = cli(root, ["scan", "--no-code", "--format", "json", "-o", "/dev/stdout"]);
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).summary.errors).toBe(1);
    expect(lstatSync("/dev/stdout").isSymbolicLink()).toBe(true);
    expect(readlinkSync("/dev/stdout")).toBe(before);
  });
});

describe("scan --output-file as an unprivileged user", () => {
  function sharedProject(): string {
    const root = project();
    chmodSync(root, 0o755);
    mkdirSync(path.join(root, "mine"));
    chownSync(path.join(root, "mine"), 65534, 65534);
    return root;
  }

  it("a directory it cannot write: one line, exit 2, nothing left", () => {
    const root = sharedProject();
    const result = cli(root, ["scan", "--no-code", "--format", "sarif", "-o", "report.sarif"], true);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('port-policy scan: cannot write the sarif report to "report.sarif": permission denied\n');
    expect(leftovers(root)).toEqual([]);
  });

  it("a file it may not replace, in a directory it cannot write: refused, the file intact", () => {
    const root = sharedProject();
    writeFileSync(path.join(root, "report.sarif"), "root's");
    const result = cli(root, ["scan", "--no-code", "--format", "sarif", "-o", "report.sarif"], true);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('port-policy scan: cannot write the sarif report to "report.sarif": permission denied\n');
    expect(readFileSync(path.join(root, "report.sarif"), "utf8")).toBe("root's");
  });

  it("its own directory: written, atomically", () => {
    const root = sharedProject();
    const result = cli(root, ["scan", "--no-code", "--format", "sarif", "-o", "mine/report.sarif"], true);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(root, "mine/report.sarif"), "utf8")).runs[0].results).toHaveLength(1);
    expect(leftovers(path.join(root, "mine"))).toEqual([]);
  });
});

describe("a signal while a report is written", () => {
  it.each(["SIGTERM", "SIGINT"] as const)("%s leaves the old file and no temporary file", async (signal) => {
    const root = tempDir();
    const target = path.join(root, "report.json");
    writeFileSync(target, "old");
    const child = spawn(process.execPath, ["--import", "tsx", WRITE_LARGE, target, "96"], { cwd: PROJECT });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, received) => resolve(received)));
    // Wait for the temporary file to exist, then interrupt the write.
    const started = Date.now();
    while (leftovers(root).length === 0 && Date.now() - started < 20_000) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(leftovers(root)).toHaveLength(1);
    child.kill(signal);
    expect(await exited).toBe(signal);
    expect(leftovers(root)).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe("old");
  }, 30_000);

  it("without a signal the write completes", async () => {
    const root = tempDir();
    const result = spawnSync(process.execPath, ["--import", "tsx", WRITE_LARGE, path.join(root, "report.json"), "1"], { cwd: PROJECT, encoding: "utf8" });
    expect(result.stdout).toBe("writing\ndone\n");
    expect(readFileSync(path.join(root, "report.json"), "utf8")).toHaveLength(1024 * 1024);
    expect(await writeFileAtomic(path.join(root, "report.json"), "small")).toEqual({ ok: true });
    expect(readdirSync(root)).toEqual(["report.json"]);
  });
});
