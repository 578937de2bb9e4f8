import { execFileSync } from "node:child_process";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], files: Record<string, string> = {}, stdin?: string): Promise<Captured> {
  const root = tempDir();
  writeFiles(root, files);
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: root,
    env: {},
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  };
  return { code: await scan(args, io), stdout, stderr };
}

const POD = (port: number) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      ports: [{containerPort: ${port}}]\n`;

describe("port-policy scan", () => {
  it("prints the JSON contract of issue 3 and exits 1 on an error-level finding", async () => {
    const { code, stdout } = await run(["--format", "json"], { "k8s/pod.yaml": POD(50000) });
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(["version", "findings", "files", "summary"]);
    expect(report.version).toBe(1);
    expect(report.findings).toEqual([
      {
        ruleId: "no-dynamic-port",
        severity: "error",
        message: expect.stringContaining("Port 50000 is in the dynamic range"),
        path: "k8s/pod.yaml",
        line: 7,
        column: 31,
        endLine: 7,
        endColumn: 36,
        port: 50000,
        protocol: "tcp",
        source: "kubernetes",
      },
    ]);
    expect(report.files).toEqual([{ path: "k8s/pod.yaml", kind: "kubernetes", listeners: 1 }]);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, files: 1, listeners: 1 });
  });

  it("exits 0 when nothing is wrong, and prints a stylish summary by default", async () => {
    const { code, stdout } = await run([], { "pod.yaml": POD(8080) });
    expect(code).toBe(0);
    expect(stdout).not.toContain("error");
  });

  it("applies --preset: warnings under recommended become errors under strict", async () => {
    const files = { "pod.yaml": POD(40000) };
    expect((await run([], files)).code).toBe(0);
    expect((await run(["--max-warnings", "0"], files)).code).toBe(1);
    expect((await run(["--preset", "strict"], files)).code).toBe(1);
  });

  it("reads the nearest port-policy config; a --config that cannot be read is a usage error", async () => {
    const files = { "pod.yaml": POD(50000), "port-policy.config.json": JSON.stringify({ rules: { "no-dynamic-port": "off" } }) };
    expect((await run(["--max-warnings", "0"], files)).code).toBe(0);
    expect((await run(["--max-warnings", "0", "--config", "missing.json"], files)).code).toBe(2);
  });

  it("reads standard input for '-', named by --stdin-filename (helm template | port-policy scan -)", async () => {
    const rendered = `---\n# Source: chart/templates/a.yaml\n${POD(50001)}---\n${POD(8080).replace("name: p", "name: q")}`;
    const { code, stdout } = await run(["-", "--stdin-filename", "rendered.yaml", "--format", "json"], {}, rendered);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.files).toEqual([{ path: "rendered.yaml", kind: "kubernetes", listeners: 2 }]);
    expect(report.findings.map((f: { path: string; line: number; port: number }) => [f.path, f.line, f.port])).toEqual([["rendered.yaml", 9, 50001]]);
  });

  it("names standard input <stdin> without --stdin-filename", async () => {
    const { stdout } = await run(["-", "--format", "json"], {}, POD(50001));
    expect(JSON.parse(stdout).files).toEqual([{ path: "<stdin>", kind: "kubernetes", listeners: 1 }]);
  });

  it("--changed-since scans only files changed since the ref; an unknown ref is a usage error", async () => {
    const root = tempDir();
    writeFiles(root, { "a.yaml": POD(50000), "b.yaml": POD(50001) });
    const git = (...args: string[]) => execFileSync("git", args, { cwd: root, stdio: "pipe" });
    git("init", "-q");
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "base");
    git("add", ".");
    git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "pods");
    writeFiles(root, { "b.yaml": POD(50002) });
    let stdout = "";
    const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: () => true }, cwd: root, env: {} };
    expect(await scan(["--changed-since", "HEAD", "--format", "json"], io)).toBe(1);
    expect(JSON.parse(stdout).files.map((f: { path: string }) => f.path)).toEqual(["b.yaml"]);
    expect(await scan(["--changed-since", "no-such-ref"], io)).toBe(2);
  });

  it("lists skipped files with --verbose on stderr", async () => {
    const { code, stderr } = await run(["--verbose"], { "notes.yaml": "title: x\n", "pod.yaml": POD(8080) });
    expect(code).toBe(0);
    expect(stderr).toContain("notes.yaml: skipped: no top-level apiVersion, kind, services or jobs key\n");
  });

  it.each([
    [["--format", "xml"], 'unknown format "xml"'],
    [["--preset", "lenient"], 'unknown preset "lenient"'],
    [["--max-warnings", "many"], "--max-warnings needs a whole number"],
    [["--no-such-flag"], 'unknown option "--no-such-flag"'],
  ])("exits 2 on a usage error: %j", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage: port-policy scan");
  });

  it("prints help and exits 0", async () => {
    const { code, stdout } = await run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: port-policy scan \[paths…\]/);
  });
});
