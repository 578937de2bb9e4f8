// scan's code path where users' machines differ from ours (issues 10 and 11): no ESLint, no
// TypeScript, a file the user cannot read. Each case runs the CLI from the sources in a child
// process; helpers/hide-packages.mjs makes chosen packages unresolvable there, as in a project
// that does not install them, and an unreadable file is made for an unprivileged user.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

const require = createRequire(import.meta.url);
const TSX = join(require.resolve("tsx/package.json"), "../dist/loader.mjs");
const HIDE = fileURLToPath(new URL("./helpers/hide-packages.mjs", import.meta.url));
const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const ENTRY = `import { run } from ${JSON.stringify(CLI)};
process.exitCode = await run(process.argv.slice(1), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });`;

const COMPOSE = 'services:\n  web:\n    image: nginx\n    ports: ["50000:80"]\n';
const JS_LISTENER = 'require("http").createServer().listen(50001);\n';
const TS_LISTENER = 'import net from "node:net";\nnet.createServer().listen(50002 as number);\n';

interface Run {
  status: number | null;
  stderr: string;
  findings: Array<{ ruleId: string; severity: string; path: string; line: number; port: number | null }>;
  files: Array<{ path: string; kind: string; listeners: number }>;
}

function runCli(cwd: string, args: string[], options: { hide?: string[]; asUser?: number } = {}): Run {
  const node = [...(options.asUser === undefined ? [] : ["setpriv", `--reuid=${options.asUser}`, `--regid=${options.asUser}`, "--clear-groups"]), process.execPath];
  const [command, ...prefix] = node as [string, ...string[]];
  const result = spawnSync(command, [...prefix, "--import", TSX, "--import", HIDE, "--input-type=module", "-e", ENTRY, "scan", ...args, "--format", "json"], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, PORT_POLICY_HIDE: (options.hide ?? []).join(","), NO_COLOR: "1" },
    timeout: 60_000,
  });
  const report = result.stdout ? (JSON.parse(result.stdout) as Pick<Run, "findings" | "files">) : { findings: [], files: [] };
  return { status: result.status, stderr: result.stderr, ...report };
}

function project(files: Record<string, string>): string {
  const root = tempDir();
  writeFiles(root, files);
  return root;
}

describe("scan without ESLint or TypeScript installed", () => {
  it("--no-code loads neither: configuration is checked as usual", () => {
    const run = runCli(project({ "compose.yaml": COMPOSE, "server.js": JS_LISTENER }), ["--no-code"], { hide: ["eslint", "typescript"] });
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => [f.path, f.ruleId, f.port])).toEqual([["compose.yaml", "no-dynamic-port", 50000]]);
    expect(run.status).toBe(1);
  });

  it("checking code without ESLint says so in one line and exits 2, instead of a finding per file", () => {
    const run = runCli(project({ "compose.yaml": COMPOSE, "server.js": JS_LISTENER, "worker.js": JS_LISTENER }), [], { hide: ["eslint"] });
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^port-policy scan: .*needs the eslint package.*--no-code/)]);
    expect(run.findings).toEqual([]);
    expect(run.status).toBe(2);
  });

  it("code without any listener form's words needs no ESLint: it is checked by the prefilter", () => {
    const run = runCli(project({ "lib/math.js": "export const add = (a, b) => a + b;\n" }), [], { hide: ["eslint", "typescript"] });
    expect(run.stderr).toBe("");
    expect(run.files).toEqual([{ path: "lib/math.js", kind: "code", listeners: 0 }]);
    expect(run.status).toBe(0);
  });

  it("TypeScript whose types erase needs no TypeScript: it is read as JavaScript", () => {
    const run = runCli(project({ "a.ts": TS_LISTENER, "b.mts": TS_LISTENER, "c.js": JS_LISTENER }), [], { hide: ["typescript", "@typescript-eslint/parser"] });
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => [f.path, f.ruleId, f.line, f.port])).toEqual([
      ["a.ts", "no-dynamic-port", 2, 50002],
      ["b.mts", "no-dynamic-port", 2, 50002],
      ["c.js", "no-dynamic-port", 1, 50001],
    ]);
    expect(run.status).toBe(1);
  });

  it("TypeScript that does not erase (an enum), without the typescript package: one line, exit 2", () => {
    const enumListener = `enum Port { Api = 50003 }\n${TS_LISTENER}`;
    const run = runCli(project({ "a.ts": enumListener, "b.mts": enumListener, "c.js": JS_LISTENER }), [], { hide: ["typescript"] });
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^port-policy scan: a\.ts and 1 other TypeScript files could not be checked: .*does not erase.*typescript package.*--no-code/)]);
    expect(run.status).toBe(2);
  });

  it("JavaScript needs no TypeScript", () => {
    const run = runCli(project({ "c.js": JS_LISTENER }), [], { hide: ["typescript"] });
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => [f.path, f.ruleId, f.port])).toEqual([["c.js", "no-dynamic-port", 50001]]);
  });
});

const isRoot = process.getuid?.() === 0;
const hasSetpriv = isRoot && spawnSync("setpriv", ["--version"]).status === 0;

describe("a JS file the user cannot read", () => {
  it.skipIf(isRoot && !hasSetpriv)("is a per-file parse-error (EACCES), not a crash; the other files are checked", () => {
    const root = project({ "secret.js": JS_LISTENER, "open.js": JS_LISTENER });
    chmodSync(join(root, "secret.js"), 0o000);
    // Root reads any file, so the scan runs as "nobody" (65534) when the tests run as root.
    if (isRoot) execFileSync("chmod", ["a+rx", root]);
    const run = runCli(root, [], isRoot ? { asUser: 65534 } : {});
    expect(run.stderr).toBe("");
    expect(run.findings.map((f) => [f.path, f.ruleId, f.severity, f.line])).toEqual([
      ["open.js", "no-dynamic-port", "error", 1],
      ["secret.js", "parse-error", "error", 1],
    ]);
    expect(run.status).toBe(1);
  });
});
