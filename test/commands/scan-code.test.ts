// One CI step for code and config: `port-policy scan` lints JS/TS with the plugin's rules, and a
// repository's own ESLint (pre-commit) set up with portPolicySettings() gives the same verdicts.
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { portPolicyRules, portPolicySettings } from "../../src/config/eslint-settings.js";
import portPolicy from "../../src/index.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

const ORG_PROJECT = path.resolve(import.meta.dirname, "../../fixtures/org-project");

async function scanJson(cwd: string, args: string[] = []) {
  let stdout = "";
  const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd, env: {} };
  const code = await scan(["--format", "json", ...args], io);
  return { code, report: JSON.parse(stdout) };
}

type Row = [path: string, line: number, column: number, ruleId: string, message: string];

describe("scan lints JS/TS code with the plugin's rules", () => {
  it("reports code findings with exact positions, ports and listener counts", async () => {
    const root = tempDir();
    writeFiles(root, {
      "src/server.ts": 'import express from "express";\nconst app = express();\napp.listen(process.env.PORT ?? 50000);\n',
      "src/worker.js": 'const dgram = require("node:dgram");\ndgram.createSocket("udp4").bind(8125);\n',
      "src/types.d.ts": "export declare const port: 50000;\n",
      "compose.yaml": 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n',
    });
    const { code, report } = await scanJson(root);
    expect(code).toBe(1);
    expect(report.findings.map((f: { path: string; line: number; column: number; endColumn: number; ruleId: string; port: number; source: string }) => [f.path, f.line, f.column, f.endColumn, f.ruleId, f.port, f.source])).toEqual([
      ["src/server.ts", 3, 32, 37, "no-dynamic-port", 50000, "code"],
    ]);
    expect(report.findings[0].message).toMatch(/^Fallback port 50000 for PORT is in the dynamic range/);
    expect(report.files).toEqual([
      { path: "compose.yaml", kind: "compose", listeners: 2 },
      { path: "src/server.ts", kind: "code", listeners: 1 },
      { path: "src/worker.js", kind: "code", listeners: 1 },
    ]);
    const { report: configOnly } = await scanJson(root, ["--no-code"]);
    expect(configOnly.files.map((f: { path: string }) => f.path)).toEqual(["compose.yaml"]);
  });

  it("reports a JS file with a listener that does not parse as not checked, a warning at ESLint's position", async () => {
    const root = tempDir();
    writeFiles(root, { "broken.js": 'const http = require("http");\nconst a = ;\nhttp.createServer().listen(3000);\n' });
    const { code, report } = await scanJson(root);
    expect(code).toBe(0);
    expect(report.findings).toMatchObject([{ ruleId: "parse-error", severity: "warning", path: "broken.js", line: 2, column: 11 }]);
  });

  it("gives the same verdicts as ESLint configured with portPolicySettings() on the org fixture", async () => {
    const { report } = await scanJson(ORG_PROJECT);
    const fromScan: Row[] = report.findings
      .filter((f: { source: string }) => f.source === "code")
      .map((f: { path: string; line: number; column: number; ruleId: string; message: string }) => [f.path, f.line, f.column, f.ruleId, f.message]);

    const settings = portPolicySettings({ cwd: ORG_PROJECT });
    const eslint = new ESLint({
      cwd: ORG_PROJECT,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ["**/*.ts"], languageOptions: { parser: tseslint.parser } },
        ...portPolicy.configs.recommended,
        { settings, rules: portPolicyRules(settings["port-policy"]) },
      ],
    });
    const results = await eslint.lintFiles(["src/server.ts"]);
    const fromEslint: Row[] = results.flatMap((result) =>
      result.messages.map((m): Row => [path.relative(ORG_PROJECT, result.filePath), m.line, m.column, (m.ruleId ?? "").replace("port-policy/", ""), m.message]),
    );
    expect(fromScan).toEqual(fromEslint);
    expect(fromScan.map(([file, line, , rule]) => [file, line, rule])).toEqual([["src/server.ts", 8, "no-registered-port-misuse"]]);
  });
});

describe("fixtures/code: every rule in code, through scan", () => {
  it("reports each fixture's fires-* lines at the port token, with the core's severities", async () => {
    const { report } = await scanJson(path.resolve(import.meta.dirname, "../../fixtures/code"));
    const rows = report.findings.map((f: { path: string; line: number; column: number; ruleId: string; severity: string; port: number | null }) => [
      f.path,
      f.line,
      f.column,
      f.ruleId,
      f.severity,
      f.port,
    ]);
    expect(rows).toEqual([
      ["no-browser-unsafe-port.ts", 5, 29, "no-browser-unsafe-port", "error", 6667],
      ["no-duplicate-port.ts", 8, 27, "no-duplicate-port", "error", 7070],
      ["no-dynamic-port.ts", 7, 12, "no-dynamic-port", "error", 50123],
      ["no-dynamic-port.ts", 9, 56, "no-dynamic-port", "error", 49200],
      ["no-dynamic-port.ts", 11, 12, "no-ephemeral-port", "warning", 40000],
      ["no-privileged-port.ts", 6, 30, "no-privileged-port", "error", 80],
      ["no-registered-port-misuse.ts", 7, 12, "no-registered-port-misuse", "error", 5432],
      ["valid-port.ts", 5, 33, "valid-port", "error", 70000],
    ]);
  });
});
