// Names from the scanned repository reach the terminal of whoever runs the scan (issue 11,
// spoofing): a directory name must not forge a finding line or a clean summary, nor colour or
// hide text. Every human output escapes control characters; machine formats keep their own.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { explain } from "../../src/commands/explain.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir } from "../scan/scan-fixture.js";

function capture(cwd: string) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd, env: {} };
  return { io, out };
}

// eslint-disable-next-line no-control-regex -- the characters a terminal would obey
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const FORGED_DIR = "nl\n  1:1  error  FORGED  no-dynamic-port\n\n✔ No problems (1 file, 0 listeners checked)\n\u001b[8m";

function hostileTree(): string {
  const root = tempDir();
  mkdirSync(path.join(root, FORGED_DIR));
  writeFileSync(path.join(root, FORGED_DIR, "compose.yaml"), 'services:\n  "web\u001b[2K":\n    ports: ["50000:80"]\n');
  mkdirSync(path.join(root, "\u001b]0;title\u0007", "vendor"), { recursive: true });
  return root;
}

describe("escaping what the repository names", () => {
  it("stylish: the forged lines stay inside one escaped path, the real counts stand", async () => {
    const root = hostileTree();
    const { io, out } = capture(root);
    expect(await scan(["--no-code"], io)).toBe(1);
    expect(out.stdout).not.toMatch(RAW_CONTROL);
    const lines = out.stdout.split("\n");
    expect(lines[0]).toBe("nl\\n  1:1  error  FORGED  no-dynamic-port\\n\\n✔ No problems (1 file, 0 listeners checked)\\n\\u001b[8m/compose.yaml");
    expect(lines[1]).toMatch(/^ {2}3:14 {2}error {2}.* {2}no-dynamic-port$/);
    expect(lines.filter((line) => line.startsWith("✔"))).toEqual([]);
    expect(lines.filter((line) => line.startsWith("✖"))).toEqual(["✖ 1 problem (1 error, 0 warnings) in 1 file, 2 listeners checked"]);
  });

  it("--verbose notes name skipped paths escaped", async () => {
    const root = hostileTree();
    const { io, out } = capture(root);
    await scan(["--no-code", "--verbose", "--format", "json"], io);
    expect(out.stderr).not.toMatch(RAW_CONTROL);
    expect(out.stderr).toContain("\\u001b]0;title\\u0007/vendor: skipped: vendored dependencies (--include-vendored scans it)\n");
  });

  it("machine formats keep their own escaping: JSON round-trips the name exactly", async () => {
    const root = hostileTree();
    const { io, out } = capture(root);
    await scan(["--no-code", "--format", "json"], io);
    expect(JSON.parse(out.stdout).findings.map((f: { path: string }) => f.path)).toEqual([`${FORGED_DIR}/compose.yaml`]);
  });

  it("an output file name is echoed escaped", async () => {
    const root = hostileTree();
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "-o", `${FORGED_DIR}/compose.yaml/x`], io)).toBe(2);
    expect(out.stderr.split("\n")).toHaveLength(2);
    expect(out.stderr).not.toMatch(RAW_CONTROL);
  });

  it("explain: an argument with escapes is quoted escaped", async () => {
    const { io, out } = capture(tempDir());
    expect(await explain(["\u001b[2J\u001b[31m80\n✔ fine"], io)).toBe(2);
    expect(out.stderr).not.toMatch(RAW_CONTROL);
    expect(out.stderr.split("\n")[0]).toContain('bad argument "\\u001b[2J\\u001b[31m80\\n✔ fine"');
  });
});
