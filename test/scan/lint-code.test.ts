// scan's JS/TS path (src/scan/lint-code.ts, code-linter.ts): valid code in every form real
// repositories write parses; other plugins' comments are not findings while port-policy's own
// disable comments work; code that cannot be checked says so per file, at ESLint's position, as
// a warning when it was read (an error when it could not be read), and the other files are
// still checked. Messages are not asserted (they are being reworded); ids, positions, ports and
// severities are.
import { execFileSync } from "node:child_process";
import { openSync, closeSync, ftruncateSync, mkdirSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { lintCode } from "../../src/scan/lint-code.js";
import { configArrayPreparer } from "../../src/scan/code-linter.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

interface JsonFinding {
  ruleId: string;
  severity: string;
  path: string;
  line: number;
  column: number;
  endColumn: number;
  port: number | null;
  message: string;
}

interface JsonReport {
  findings: JsonFinding[];
  files: Array<{ path: string; kind: string; listeners: number }>;
}

async function scanJson(cwd: string, args: string[] = [], stdin?: string): Promise<{ code: number; report: JsonReport; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  };
  const code = await scan([...args, "--format", "json"], io);
  return { code, report: stdout ? (JSON.parse(stdout) as JsonReport) : { findings: [], files: [] }, stderr };
}

type Row = [path: string, line: number, column: number, endColumn: number, ruleId: string, severity: string, port: number | null];

const rows = (report: JsonReport): Row[] => report.findings.map((f) => [f.path, f.line, f.column, f.endColumn, f.ruleId, f.severity, f.port ?? null]);

async function scanTree(files: Record<string, string>, args: string[] = []) {
  const root = tempDir();
  writeFiles(root, files);
  return { root, ...(await scanJson(root, args)) };
}

describe("valid code parses in the mode its toolchain uses", () => {
  it("JSX in .js and .jsx, as Create React App and Vite write it", async () => {
    const { code, report } = await scanTree({
      "src/App.js": 'import React from "react";\nexport default function App() {\n  return <div className="app">Hello</div>;\n}\nexport const port = 3000;\n',
      "src/dev.jsx": 'import http from "node:http";\nconst page = <main>{"ok"}</main>;\nhttp.createServer().listen(50001);\n',
    });
    expect(rows(report)).toEqual([["src/dev.jsx", 3, 28, 33, "no-dynamic-port", "error", 50001]]);
    expect(report.files).toEqual([
      { path: "src/App.js", kind: "code", listeners: 0 },
      { path: "src/dev.jsx", kind: "code", listeners: 1 },
    ]);
    expect(code).toBe(1);
  });

  it("CommonJS: a top-level return, `static` and `package` as names, .cjs", async () => {
    const { report } = await scanTree({
      "test/run.js": 'const http = require("http");\nif (require.main !== module) return;\nhttp.createServer().listen(50002);\n',
      "lib/static.js": 'var static = require("serve-static");\nvar express = require("express");\nexpress().use(static("public")).listen(50003);\nconst file = (package, name) => package + name;\n',
      "server.cjs": 'const net = require("node:net");\nnet.createServer().listen(50004);\nreturn;\n',
    });
    expect(rows(report)).toEqual([
      ["lib/static.js", 3, 40, 45, "no-dynamic-port", "error", 50003],
      ["server.cjs", 2, 27, 32, "no-dynamic-port", "error", 50004],
      ["test/run.js", 3, 28, 33, "no-dynamic-port", "error", 50002],
    ]);
    expect(report.files.every((file) => file.listeners === 1)).toBe(true);
  });

  it("TypeScript in .ts, .tsx, .mts and .cts", async () => {
    const { report } = await scanTree({
      "a.ts": 'import express from "express";\nconst app = express();\napp.listen(<number>50010);\n',
      "b.tsx": 'import http from "node:http";\nconst view = (): JSX.Element => <p>hi</p>;\nhttp.createServer().listen(50011 as number);\n',
      "c.mts": 'import net from "node:net";\nnet.createServer().listen(50012 satisfies number);\n',
      "d.cts": 'import net = require("node:net");\nnet.createServer().listen(50013);\n',
    });
    expect(rows(report).map(([path, line, , , ruleId, , port]) => [path, line, ruleId, port])).toEqual([
      ["a.ts", 3, "no-dynamic-port", 50010],
      ["b.tsx", 3, "no-dynamic-port", 50011],
      ["c.mts", 2, "no-dynamic-port", 50012],
      ["d.cts", 2, "no-dynamic-port", 50013],
    ]);
  });

  it("JavaScript that only TypeScript's parser reads (decorators, as Babel users write them)", async () => {
    const { report } = await scanTree({
      "app.js": 'import http from "node:http";\n@injectable()\nclass Service {}\nhttp.createServer().listen(50014);\n',
    });
    expect(rows(report)).toEqual([["app.js", 4, 28, 33, "no-dynamic-port", "error", 50014]]);
  });
});

describe("comments for other rules and plugins", () => {
  it("are never findings, in JS or TS; a vendored file configuring one rule twice is no clash", async () => {
    const body = [
      "/* eslint-env node */",
      "/* eslint no-unused-expressions: 0 */",
      "/* eslint no-unused-expressions: 0 */",
      "// eslint-disable n/no-process-exit",
      'import http from "node:http";',
      "// eslint-disable-next-line @typescript-eslint/no-explicit-any",
      "const port: any = 50020;",
      "http.createServer().listen(port);",
      "",
    ].join("\n");
    // A vendored file is skipped by default; one taken in with --include-vendored is linted alone.
    const { code, report } = await scanTree({ "server.ts": body, "vendor/jquery.js": body.replace(": any", "") }, ["--include-vendored"]);
    expect(rows(report).map(([path, line, , , ruleId, , port]) => [path, line, ruleId, port])).toEqual([
      ["server.ts", 7, "no-dynamic-port", 50020],
      ["vendor/jquery.js", 7, "no-dynamic-port", 50020],
    ]);
    expect(code).toBe(1);
  });

  it("port-policy's own disable comments and inline config still work", async () => {
    const { code, report } = await scanTree({
      "a.js": 'import http from "node:http";\n// eslint-disable-next-line port-policy/no-dynamic-port -- agents expect it\nhttp.createServer().listen(50030);\nhttp.createServer().listen(50031);\n',
      "b.js": '/* eslint port-policy/no-dynamic-port: "off" */\nimport http from "node:http";\nhttp.createServer().listen(50032);\n',
    });
    expect(rows(report)).toEqual([["a.js", 4, 28, 33, "no-dynamic-port", "error", 50031]]);
    expect(report.files).toEqual([
      { path: "a.js", kind: "code", listeners: 2 },
      { path: "b.js", kind: "code", listeners: 1 },
    ]);
    expect(code).toBe(1);
  });
});

describe("code that cannot be checked", () => {
  it("a file no mode parses: a parse-error warning at ESLint's line and column; a broken YAML file stays an error", async () => {
    const { code, report } = await scanTree({
      "template.js": "// {{ name }} service\nconst server = http.createServer();\nserver.listen({{ port }});\n",
      "typed.ts": "import net from 'node:net';\nnet.createServer().listen(50040 as);\n",
      "good.js": 'require("http").createServer().listen(50041);\n',
      "compose.yaml": "services:\n  web: [\n",
    });
    // Where ESLint's own CLI puts them: `3:16 Parsing error: Unexpected token {`, `2:34 Type expected`.
    expect(rows(report).filter(([path]) => path !== "compose.yaml")).toEqual([
      ["good.js", 1, 39, 44, "no-dynamic-port", "error", 50041],
      ["template.js", 3, 16, 17, "parse-error", "warning", null],
      ["typed.ts", 2, 34, 35, "parse-error", "warning", null],
    ]);
    expect(report.findings.find((f) => f.path === "compose.yaml")).toMatchObject({ ruleId: "parse-error", severity: "error" });
    expect(code).toBe(1);
  });

  // hoppscotch: "…Declaration or statement expected.." before.
  it("says the parser's reason in one sentence, without a doubled full stop", async () => {
    const { report } = await scanTree({ "z.ts": 'import http from "http";\nhttp.createServer().listen(3000);\n}\n' });
    expect(report.findings.map((f) => f.message)).toEqual(["z.ts could not be checked: it does not parse as TypeScript: Declaration or statement expected."]);
  });

  it("a declaration file named on the command line is skipped as what it is: types only", async () => {
    const { report, stderr } = await scanTree({ "types.d.ts": 'const http = require("http");\nhttp.createServer().listen(50000);\n' }, ["types.d.ts", "--verbose"]);
    expect(report.findings).toEqual([]);
    expect(stderr).toContain("types.d.ts: skipped: a TypeScript declaration file: types only, nothing in it runs or listens");
  });

  it("a template alone is a warning: exit 0", async () => {
    const { code, report } = await scanTree({ "tpl/server.js": "app.listen(<%= port %>);\n" });
    expect(rows(report)).toEqual([["tpl/server.js", 1, 13, 14, "parse-error", "warning", null]]);
    expect(code).toBe(0);
  });

  it("ESLint's stack overflow on deep nesting: per file, the rest still checked", async () => {
    const { report } = await scanTree({
      // One member per line: a single 300 KB line would be skipped as minified before any lint.
      "member.js": `x${"\n.a".repeat(50_000)}.listen(3000);\n`,
      "calls.ts": `f(${"f(".repeat(2_000)}${")".repeat(2_000)});\nserver.listen(3000);\n`,
      "good.js": 'require("http").createServer().listen(50050);\n',
    });
    expect(rows(report)).toEqual([
      ["calls.ts", 1, 1, 2, "parse-error", "warning", null],
      ["good.js", 1, 39, 44, "no-dynamic-port", "error", 50050],
      ["member.js", 1, 1, 2, "parse-error", "warning", null],
    ]);
    expect(report.findings[0]!.message).toMatch(/nested too deeply/);
    expect(report.files).toContainEqual({ path: "good.js", kind: "code", listeners: 1 });
  });

  it("over the 10 MB limit: a warning at once, without reading it all", async () => {
    const root = tempDir();
    writeFiles(root, { "good.js": 'require("http").createServer().listen(50060);\n' });
    // Short lines first, so that discovery does not take it for minified code and skip it.
    writeFileSync(join(root, "data.js"), "export const row = [1, 2, 3];\n".repeat(400));
    const fd = openSync(join(root, "data.js"), "r+");
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const started = performance.now();
    const { report } = await scanJson(root);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(rows(report)).toEqual([
      ["data.js", 1, 1, 2, "parse-error", "warning", null],
      ["good.js", 1, 39, 44, "no-dynamic-port", "error", 50060],
    ]);
    expect(report.findings[0]!.message).toMatch(/50 MB, over the 10 MB limit/);
  });

  // Root reads anything, so unreadability is made in ways it cannot bypass (EACCES as a normal
  // user: test/commands/scan-code-environment.test.ts).
  it("a FIFO, a /dev/zero link and a dangling link named *.js: errors, never checked with 0 listeners", async () => {
    // Discovery sees their types and reports them (src/scan/discover.ts); lint-code never lists them.
    const root = tempDir();
    writeFiles(root, { "good.js": 'require("http").createServer().listen(50070);\n' });
    execFileSync("mkfifo", [join(root, "pipe.js")]);
    symlinkSync("/dev/zero", join(root, "zero.js"));
    symlinkSync("missing.js", join(root, "gone.ts"));
    const { code, report } = await scanJson(root);
    expect(rows(report)).toEqual([
      ["gone.ts", 1, 1, 1, "parse-error", "error", null],
      ["good.js", 1, 39, 44, "no-dynamic-port", "error", 50070],
      ["pipe.js", 1, 1, 1, "parse-error", "error", null],
      ["zero.js", 1, 1, 1, "parse-error", "error", null],
    ]);
    expect(report.files).toContainEqual({ path: "good.js", kind: "code", listeners: 1 });
    expect(code).toBe(1);
  });

  it("lint-code itself: a FIFO or a /dev/zero link it is handed is unreadable, not checked", async () => {
    const root = tempDir();
    execFileSync("mkfifo", [join(root, "pipe.js")]);
    symlinkSync("/dev/zero", join(root, "zero.js"));
    const files = ["pipe.js", "zero.js"].map((path) => ({ path, absolute: join(root, path) }));
    const result = await lintCode(files, { policyFor: () => PRESETS.recommended! });
    if (!result.ok) throw new Error(result.error);
    expect(result.findings.map((f) => [f.origin.file, f.ruleId, f.messageId, f.severity, f.data.reason])).toEqual([
      ["pipe.js", "parse-error", "parseError", "error", "it is not a regular file"],
      ["zero.js", "parse-error", "parseError", "error", "it is not a regular file"],
    ]);
    expect(result.files).toEqual([]);
  });

  it("a file deleted after discovery: an error, and the next file is still checked", async () => {
    const root = tempDir();
    writeFiles(root, { "a.js": "x.listen(1)\n", "b.js": 'require("http").createServer().listen(50080);\n' });
    const files = ["a.js", "b.js"].map((path) => ({ path, absolute: join(root, path), regular: true }));
    unlinkSync(join(root, "a.js"));
    const result = await lintCode(files, { policyFor: () => PRESETS.recommended! });
    if (!result.ok) throw new Error(result.error);
    expect(result.findings.map((f) => [f.origin.file, f.ruleId, f.messageId, f.severity, f.data.reason])).toEqual([
      ["a.js", "parse-error", "parseError", "error", "it does not exist (or is a broken symbolic link)"],
      ["b.js", "no-dynamic-port", "dynamic", "error", undefined],
    ]);
    expect(result.files).toEqual([{ path: "b.js", kind: "code", listeners: 1 }]);
  });
});

describe("which code is linted", () => {
  it("files outside the working directory are checked, shown relative to it", async () => {
    const root = tempDir();
    writeFiles(root, { "app/README.md": "", "other/server.js": 'require("http").createServer().listen(50090);\n' });
    const { report } = await scanJson(join(root, "app"), ["../other/server.js", "../other"]);
    expect(rows(report)).toEqual([["../other/server.js", 1, 39, 44, "no-dynamic-port", "error", 50090]]);
  });

  it("code on stdin with --stdin-filename is linted under that name", async () => {
    const root = tempDir();
    mkdirSync(join(root, "src"));
    const { code, report } = await scanJson(root, ["-", "--stdin-filename", "src/a.ts"], 'import net from "node:net";\nnet.createServer().listen(50100 as number);\n');
    expect(rows(report)).toEqual([["src/a.ts", 2, 27, 32, "no-dynamic-port", "error", 50100]]);
    expect(report.files).toEqual([{ path: "src/a.ts", kind: "code", listeners: 1 }]);
    expect(code).toBe(1);
  });

  it("a file without any listener form's words is checked without being parsed", async () => {
    const { report } = await scanTree({ "lib/math.js": "export const add = (a, b) => a + b;\nconst broken = ;\n" });
    expect(report.findings).toEqual([]);
    expect(report.files).toEqual([{ path: "lib/math.js", kind: "code", listeners: 0 }]);
  });

  it("each policy's ESLint config is prepared once, as the FlatConfigArray ESLint's own CLI reuses", () => {
    // Were ESLint to move the class, scan would still lint, a quarter slower: this test says so.
    const prepared = configArrayPreparer()([{ files: ["**/*.ts"], rules: {} }], "/");
    const config = (prepared as unknown as { getConfig(path: string): unknown }).getConfig("/src/a.ts");
    expect(config).toMatchObject({ language: expect.anything() });
  });

  it("a Latin-1 comment does not stop the check (Node runs such a file)", async () => {
    const root = tempDir();
    writeFileSync(join(root, "old.js"), Buffer.concat([Buffer.from("// caf"), Buffer.from([0xe9]), Buffer.from('\nrequire("http").createServer().listen(50110);\n')]));
    const { report } = await scanJson(root);
    expect(rows(report)).toEqual([["old.js", 2, 39, 44, "no-dynamic-port", "error", 50110]]);
  });
});

describe("the policy of each code file", () => {
  const LISTEN = (port: number) => `require("node:http").createServer().listen(${port});\n`;
  const monorepo = () => ({
    "server.js": LISTEN(50000),
    "packages/billing/port-policy.config.yml": "allowlist:\n  - ports: 50000\n    rules: [no-dynamic-port]\n    reason: Jenkins agents connect here.\n",
    "packages/billing/src/agent.js": LISTEN(50000),
    "packages/ops/package.json": JSON.stringify({ name: "ops", portPolicy: { rules: { "no-dynamic-port": "warn" } } }),
    "packages/ops/src/main.ts": LISTEN(50000),
    "packages/ops/src/worker.js": LISTEN(40000),
  });

  it("is its nearest config's, from the repository root, as in ESLint in that package", async () => {
    const { report } = await scanTree(monorepo());
    expect(rows(report)).toEqual([
      ["packages/ops/src/main.ts", 1, 44, 49, "no-dynamic-port", "warning", 50000],
      ["packages/ops/src/worker.js", 1, 44, 49, "no-ephemeral-port", "warning", 40000],
      ["server.js", 1, 44, 49, "no-dynamic-port", "error", 50000],
    ]);
  });

  it("--preset applies over it; --config gives every file one policy", async () => {
    const tree = { ...monorepo(), "packages/billing/src/queue.js": LISTEN(40001) };
    const strict = await scanTree(tree, ["--preset", "strict", "packages/billing", "packages/ops/src/worker.js"]);
    // strict makes the Linux ephemeral range an error (no-ephemeral-port: 40001 in billing, 40000
    // in ops, whose own switch is no-dynamic-port's only); billing's allowlist (50000) still holds.
    expect(rows(strict.report)).toEqual([
      ["packages/billing/src/queue.js", 1, 44, 49, "no-ephemeral-port", "error", 40001],
      ["packages/ops/src/worker.js", 1, 44, 49, "no-ephemeral-port", "error", 40000],
    ]);
    const root = tempDir();
    writeFiles(root, { ...monorepo(), "ci/ports.yml": "rules: { no-dynamic-port: warn }\n" });
    const single = await scanJson(root, ["--config", "ci/ports.yml"]);
    expect(rows(single.report).map(([path, , , , , severity]) => [path, severity])).toEqual([
      ["packages/billing/src/agent.js", "warning"],
      ["packages/ops/src/main.ts", "warning"],
      ["packages/ops/src/worker.js", "warning"],
      ["server.js", "warning"],
    ]);
  });
});
