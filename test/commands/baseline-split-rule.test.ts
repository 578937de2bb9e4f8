// A baseline written before no-ephemeral-port was split from no-dynamic-port still absorbs the
// findings it recorded: its entries for Linux-range ports carry the old rule id. The baseline
// below was written by `port-policy scan --write-baseline` of the tool as it was before the split
// (main at 452586b, and the session's frozen baseline tool wrote the same bytes) for these files.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

const FILES = {
  "compose.yaml": 'services:\n  api:\n    image: ghcr.io/acme/api:1.4\n    ports:\n      - "34567:8080"\n      - "50000:8081"\n',
  "spec/hooks.spec.js": 'const express = require("express");\nconst app = express();\napp.listen(34567);\n',
};

const PRE_SPLIT_BASELINE = {
  version: 1,
  tool: "port-policy",
  findings: [
    { fingerprint: "51859bced14d2b4e0d18bdb05a460bf7", ruleId: "no-dynamic-port", path: "compose.yaml", port: 50000 },
    { fingerprint: "f4cd7e86de75dbc1c6be82e87e1a7ebf", ruleId: "no-dynamic-port", path: "compose.yaml", port: 34567 },
    { fingerprint: "c7a9786c70de3bb731529acd65f18e05", ruleId: "no-dynamic-port", path: "spec/hooks.spec.js", port: 34567 },
  ],
};

function capture(cwd: string) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd, env: {} };
  return { io, out };
}

type JsonFinding = { ruleId: string; path: string; line: number; column: number; port: number; severity: string };

describe("a baseline written before no-ephemeral-port existed", () => {
  it("reports the files' findings under the new rule id without it: 34567 a warning, 50000 an error", async () => {
    const root = tempDir();
    writeFiles(root, FILES);
    const { io, out } = capture(root);
    expect(await scan(["--format", "json"], io)).toBe(1);
    const findings = (JSON.parse(out.stdout).findings as JsonFinding[]).map((f) => [f.ruleId, f.path, f.line, f.column, f.port, f.severity]);
    expect(findings).toEqual([
      ["no-ephemeral-port", "compose.yaml", 5, 10, 34567, "warning"],
      ["no-dynamic-port", "compose.yaml", 6, 10, 50000, "error"],
      ["no-ephemeral-port", "spec/hooks.spec.js", 3, 12, 34567, "warning"],
    ]);
  });

  it("absorbs every finding it recorded, the ephemeral ones under their old id, with none vanished", async () => {
    const root = tempDir();
    writeFiles(root, { ...FILES, "baseline.json": JSON.stringify(PRE_SPLIT_BASELINE) });
    const { io, out } = capture(root);
    expect(await scan(["--baseline", "baseline.json", "--format", "json"], io)).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report.findings).toEqual([]);
    expect(report.summary.baseline).toEqual({ known: 3, vanished: 0 });
  });

  it("is rewritten with the new rule id by --write-baseline", async () => {
    const root = tempDir();
    writeFiles(root, FILES);
    expect(await scan(["--write-baseline", "baseline.json"], capture(root).io)).toBe(0);
    const written = JSON.parse(readFileSync(path.join(root, "baseline.json"), "utf8")) as typeof PRE_SPLIT_BASELINE;
    expect(written.findings.map((entry) => [entry.ruleId, entry.path, entry.port])).toEqual([
      ["no-dynamic-port", "compose.yaml", 50000],
      ["no-ephemeral-port", "compose.yaml", 34567],
      ["no-ephemeral-port", "spec/hooks.spec.js", 34567],
    ]);
  });
});
