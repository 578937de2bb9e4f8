// Bad input (issue 3): each case sits beside a good manifest in a temporary directory. The bad
// file must give a parse-error naming it (and its line where there is one), the good file must
// still be scanned, nothing may hang, and the exit code must be 1.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

const GOOD = "apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  containers:\n    - name: web\n      ports: [{containerPort: 8080}]\n";

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  message: string;
}

interface JsonReport {
  findings: JsonFinding[];
  files: Array<{ path: string; kind: string; listeners: number }>;
}

async function runScan(root: string, args: string[] = ["."]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: root, env: {} };
  const code = await scan([...args, "--format", "json"], io);
  return { code, report: JSON.parse(stdout) as JsonReport, stderr };
}

function parseErrors(report: JsonReport): Array<[string, number]> {
  return report.findings.filter((f) => f.ruleId === "parse-error").map((f) => [f.path, f.line]);
}

async function scanBeside(bad: Record<string, string | Buffer>): Promise<{ code: number; report: JsonReport; root: string }> {
  const root = tempDir();
  writeFiles(root, { "good.yaml": GOOD, ...bad });
  return { ...(await runScan(root)), root };
}

function expectGoodScanned(report: JsonReport): void {
  expect(report.files).toContainEqual({ path: "good.yaml", kind: "kubernetes", listeners: 1 });
}

describe("bad input", () => {
  it("malformed YAML: a parse-error with the line of the YAML error", async () => {
    const { code, report } = await scanBeside({ "broken.yaml": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: [\n" });
    expect(code).toBe(1);
    // yaml reports the error where it notices it: the value `x`, whose next line is indented deeper.
    expect(parseErrors(report)).toEqual([["broken.yaml", 4]]);
    expect(report.findings[0]!.message).toMatch(/^broken\.yaml could not be checked: invalid YAML: /);
    // Its top-level apiVersion says what it was meant to be.
    expect(report.files).toContainEqual({ path: "broken.yaml", kind: "kubernetes", listeners: 0 });
    expectGoodScanned(report);
  });

  it("alias bomb (billion laughs): refused quickly, not expanded", async () => {
    let bomb = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: lol}\ndata:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i < 10; i++) bomb += `  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const started = Date.now();
    const { code, report } = await scanBeside({ "bomb.yaml": bomb });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([["bomb.yaml", 6]]);
    expect(report.findings[0]!.message).toContain("alias bomb");
    expectGoodScanned(report);
  });

  it("a key written twice in one mapping: reported at the second, and the file still checked with the later value", async () => {
    const compose = "services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n    ports: [\"49152:80\"]\n";
    const { code, report } = await scanBeside({ "compose.yaml": compose });
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.path, f.line, f.column])).toEqual([
      ["parse-error", "compose.yaml", 5, 5],
      ["no-dynamic-port", "compose.yaml", 5, 14],
    ]);
    expect(report.files).toContainEqual({ path: "compose.yaml", kind: "compose", listeners: 2 });
    expectGoodScanned(report);
  });

  it("a 50 MB file: refused by size, reading at most the 10 MB limit", async () => {
    const { code, report } = await scanBeside({ "huge.yaml": Buffer.alloc(50 * 1024 * 1024, "a: 1\n") });
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([["huge.yaml", 1]]);
    expect(report.findings[0]!.message).toBe("huge.yaml could not be checked: it is 50 MB, over the 10 MB limit for config files.");
    expectGoodScanned(report);
  });

  it("a binary file: NUL bytes, with the line they are on", async () => {
    const { code, report } = await scanBeside({ "image.yaml": Buffer.from([0x6b, 0x3a, 0x0a, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([["image.yaml", 2]]);
    expect(report.findings[0]!.message).toContain("binary file");
    expectGoodScanned(report);
  });

  it("invalid UTF-8: named with its line", async () => {
    const bytes = Buffer.concat([Buffer.from("PORT=8080\nNAME=caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    const { code, report } = await scanBeside({ ".env": bytes });
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([[".env", 2]]);
    expect(report.findings[0]!.message).toContain("not valid UTF-8 (byte 19)");
    expectGoodScanned(report);
  });

  it("a BOM is dropped, so line 1 columns match what editors show", async () => {
    const root = tempDir();
    writeFiles(root, { "bom.yaml": `\uFEFFapiVersion: v1\nkind: Pod\nmetadata: {name: bom}\nspec: {containers: [{name: c, ports: [{containerPort: 70000}]}]}\n` });
    const { code, report } = await runScan(root);
    expect(code).toBe(1);
    expect(report.files).toEqual([{ path: "bom.yaml", kind: "kubernetes", listeners: 1 }]);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["valid-port", 4, 55]]);
  });

  it("CRLF line ends: positions as with LF", async () => {
    const root = tempDir();
    writeFiles(root, { "crlf.yaml": GOOD.replace("8080", "70000").replaceAll("\n", "\r\n") });
    const { code, report } = await runScan(root);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([["valid-port", 7, 31]]);
  });

  it("symbolic link loops: a self-link is reported, a directory cycle is walked once", async () => {
    const root = tempDir();
    writeFiles(root, { "good.yaml": GOOD, "sub/inner.yaml": GOOD.replace("good", "inner") });
    symlinkSync("loop.yaml", join(root, "loop.yaml"));
    symlinkSync("..", join(root, "sub", "up"));
    const { code, report } = await runScan(root);
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([["loop.yaml", 1]]);
    expect(report.findings[0]!.message).toBe("loop.yaml could not be checked: it is a symbolic link loop.");
    expect(report.files.filter((f) => f.kind === "kubernetes").map((f) => f.path)).toEqual(["good.yaml", "sub/inner.yaml"]);
  });

  // Tests run as root, and root reads a chmod 000 file anyway, so unreadability is made in ways
  // root cannot bypass: a FIFO (reading it would block forever without a writer) and a symbolic
  // link to nothing. Both must be reported, neither may hang.
  it("unreadable files: a FIFO and a dangling symbolic link", async () => {
    const root = tempDir();
    writeFiles(root, { "good.yaml": GOOD });
    execFileSync("mkfifo", [join(root, "pipe.yaml")]);
    symlinkSync("missing.yaml", join(root, "gone.yaml"));
    const { code, report } = await runScan(root);
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([
      ["gone.yaml", 1],
      ["pipe.yaml", 1],
    ]);
    expect(report.findings[0]!.message).toContain("it does not exist (or is a broken symbolic link)");
    expect(report.findings[1]!.message).toContain("it is a named pipe (FIFO), not a regular file");
    expectGoodScanned(report);
  });

  it("a FIFO named on the command line does not hang either", async () => {
    const root = tempDir();
    execFileSync("mkfifo", [join(root, "compose.yaml")]);
    const { code, report } = await runScan(root, ["compose.yaml"]);
    expect(code).toBe(1);
    expect(parseErrors(report)).toEqual([["compose.yaml", 1]]);
  });

  it("a path that does not exist is reported, not ignored", async () => {
    const root = tempDir();
    const { code, report } = await runScan(root, ["nope.yaml"]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => f.message)).toEqual(["nope.yaml could not be checked: it does not exist (or is a broken symbolic link)."]);
  });

  it("a directory of 10,000 files: every file scanned, the one bad file reported", async () => {
    const root = tempDir();
    mkdirSync(join(root, "many"));
    for (let i = 0; i < 10_000; i++) {
      const name = i % 2 === 0 ? `svc-${i}.env` : `pod-${i}.yaml`;
      const body = i % 2 === 0 ? `PORT=${10_000 + i}\n` : GOOD.replace("good", `pod-${i}`).replace("8080", String(10_000 + i));
      writeFileSync(join(root, "many", name), i === 4_321 ? "apiVersion: v1\nkind: [\n" : body);
    }
    const started = Date.now();
    const { code, report } = await runScan(root);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(code).toBe(1);
    // The unclosed flow sequence is noticed at the end of the text.
    expect(parseErrors(report)).toEqual([["many/pod-4321.yaml", 3]]);
    const scanned = report.files.filter((f) => f.path !== "many/pod-4321.yaml");
    expect(scanned).toHaveLength(9_999);
    expect(scanned.every((f) => f.listeners === 1)).toBe(true);
  }, 60_000);
});
