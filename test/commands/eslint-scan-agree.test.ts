// Issue 10's acceptance: the same file gives the same findings in ESLint (the README's config,
// no wiring) and in `port-policy scan`, with a port-policy.config.yml beside it.
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import portPolicy from "../../src/index.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

type Row = [file: string, line: number, column: number, endColumn: number, ruleId: string];

const CONFIG = [
  "allowlist:",
  "  - ports: 50000",
  "    rules: [no-dynamic-port]",
  "    reason: Jenkins agents connect here.",
  "rules:",
  "  no-privileged-port: off",
  "registry:",
  '  "7100/tcp": payments-api',
  "",
].join("\n");

const SERVER = [
  'import express from "express";',
  'import { createServer } from "node:http";',
  "",
  "express().listen(50000); // allowlisted by the config",
  "express().listen(443); // no-privileged-port is off in the config",
  "express().listen(7100); // the org registry gives 7100 to payments-api",
  "createServer().listen(60000);",
  "createServer().listen(6000);",
  "",
].join("\n");

describe("ESLint and scan agree on a file with a port-policy.config.yml beside it", () => {
  it("reports the same rules at the same spans", async () => {
    const root = tempDir();
    writeFiles(root, { "port-policy.config.yml": CONFIG, "src/server.ts": SERVER });

    const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: [...tseslint.configs.recommended, ...portPolicy.configs.recommended] });
    const fromEslint = (await eslint.lintFiles(["src/server.ts"])).flatMap((result) =>
      result.messages
        .filter((m) => m.ruleId?.startsWith("port-policy/"))
        .map((m): Row => [path.relative(root, result.filePath), m.line, m.column, m.endColumn ?? 0, m.ruleId!.slice("port-policy/".length)]),
    );

    let stdout = "";
    const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: root, env: {} };
    expect(await scan(["--format", "json"], io)).toBe(1);
    const fromScan = (JSON.parse(stdout).findings as Array<{ path: string; line: number; column: number; endColumn: number; ruleId: string }>).map(
      (f): Row => [f.path, f.line, f.column, f.endColumn, f.ruleId],
    );

    expect(fromEslint).toEqual(fromScan);
    expect(fromScan.map(([, line, , , rule]) => `${line} ${rule}`)).toEqual(["6 no-registered-port-misuse", "7 no-dynamic-port", "8 no-browser-unsafe-port"]);
  });
});
