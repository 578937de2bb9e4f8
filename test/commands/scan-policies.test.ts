// One policy per file in `port-policy scan`: the nearest port-policy config of each scanned file
// applies, as it does in ESLint for that file; --config and --no-config-lookup make one policy.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

interface Row {
  path: string;
  line: number;
  column: number;
  endColumn: number;
  ruleId: string;
  port: number;
  severity: string;
}

async function scanIn(cwd: string, args: string[] = []) {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, cwd, env: {} };
  const code = await scan(["--format", "json", "--no-code", ...args], io);
  const rows = stdout === "" ? [] : (JSON.parse(stdout).findings as Row[]).map((f) => [f.path, f.line, f.column, f.endColumn, f.ruleId, f.port, f.severity]);
  return { code, rows, stderr };
}

const COMPOSE = (port: number) => `services:\n  app:\n    image: example/app\n    ports:\n      - "${port}:8080"\n`;

/** A monorepo whose packages bring their own configs: billing allows 50000, ops turns no-dynamic-port down to a warning. */
function monorepo(): string {
  const root = tempDir();
  writeFiles(root, {
    "compose.yaml": COMPOSE(50000),
    "packages/billing/port-policy.config.yml": "allowlist:\n  - ports: 50000\n    rules: [no-dynamic-port]\n    reason: Jenkins agents connect here.\n",
    "packages/billing/deploy/compose.yaml": COMPOSE(50000),
    "packages/ops/package.json": JSON.stringify({ name: "ops", portPolicy: { rules: { "no-dynamic-port": "warn" } } }),
    "packages/ops/compose.yaml": COMPOSE(50000),
  });
  return root;
}

describe("scan applies each file's nearest config", () => {
  it("from the repository root, each package's own config decides for its files", async () => {
    const { code, rows } = await scanIn(monorepo());
    expect(code).toBe(1);
    expect(rows).toEqual([
      ["compose.yaml", 5, 10, 15, "no-dynamic-port", 50000, "error"],
      ["packages/ops/compose.yaml", 5, 10, 15, "no-dynamic-port", 50000, "warning"],
    ]);
  });

  it("gives a package's files the same findings whether the scan starts at the root or in the package", async () => {
    const root = monorepo();
    const fromRoot = (await scanIn(root, ["packages/ops"])).rows;
    const fromPackage = (await scanIn(join(root, "packages/ops"))).rows.map(([path, ...rest]) => [`packages/ops/${path}`, ...rest]);
    expect(fromRoot).toEqual(fromPackage);
    expect(fromRoot).toHaveLength(1);
  });

  it("--config gives every file that one policy", async () => {
    const root = monorepo();
    writeFiles(root, { "ci/ports.yml": "rules: { no-dynamic-port: warn }\n" });
    const { rows } = await scanIn(root, ["--config", "ci/ports.yml"]);
    expect(rows.map(([path, , , , , , severity]) => [path, severity])).toEqual([
      ["compose.yaml", "warning"],
      ["packages/billing/deploy/compose.yaml", "warning"],
      ["packages/ops/compose.yaml", "warning"],
    ]);
  });

  it("--preset applies over each file's own config", async () => {
    const root = monorepo();
    writeFiles(root, { "packages/billing/deploy/compose.override.yaml": 'services:\n  app:\n    ports:\n      - "40000:9090"\n' });
    const { rows } = await scanIn(root, ["--preset", "strict", "packages/billing"]);
    // strict makes the Linux ephemeral range an error (no-ephemeral-port), and wants a host IP on
    // every published port (publish.requireHostIp); billing's allowlist still holds no-dynamic-port for 50000.
    expect(rows).toEqual([
      ["packages/billing/deploy/compose.override.yaml", 4, 10, 15, "no-ephemeral-port", 40000, "error"],
      ["packages/billing/deploy/compose.override.yaml", 4, 10, 20, "valid-port", 40000, "error"],
      ["packages/billing/deploy/compose.yaml", 5, 10, 20, "valid-port", 50000, "error"],
    ]);
  });

  it("a broken config met during the scan is a configuration error: exit 2, every problem named", async () => {
    const root = monorepo();
    writeFiles(root, { "packages/ops/port-policy.config.yml": "rules: { no-dynamic-prot: warn }\n" });
    const { code, rows, stderr } = await scanIn(root);
    expect(code).toBe(2);
    expect(rows).toEqual([]);
    expect(stderr).toContain("packages/ops has more than one port-policy config (port-policy.config.yml, package.json)");
  });
});

describe("--no-config-lookup, for repositories that are not trusted", () => {
  it("reads no config file and runs none of its JavaScript, in config files and in code", async () => {
    const root = tempDir();
    const marker = join(root, "config-ran");
    const run = `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport default { allowlist: [{ ports: 50000, reason: "hidden" }] };\n`;
    writeFiles(root, {
      "port-policy.config.mjs": run,
      "app/port-policy.config.mjs": run,
      "app/compose.yaml": COMPOSE(50000),
      "app/server.js": 'require("node:http").createServer().listen(50001);\n',
    });
    let stdout = "";
    const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, cwd: root, env: {} };
    const code = await scan(["--format", "json", "--no-config-lookup"], io);
    expect(existsSync(marker)).toBe(false);
    expect(code).toBe(1);
    const found = (JSON.parse(stdout).findings as Row[]).map((f) => [f.path, f.ruleId, f.port]);
    expect(found).toEqual([
      ["app/compose.yaml", "no-dynamic-port", 50000],
      ["app/server.js", "no-dynamic-port", 50001],
    ]);
  });

  it("still applies --preset, and a --config named on the command line", async () => {
    const root = tempDir();
    writeFiles(root, { "port-policy.config.yml": "rules: { no-dynamic-port: off }\n", "ci.yml": "rules: { no-dynamic-port: warn }\n", "compose.yaml": COMPOSE(50000) });
    expect((await scanIn(root, ["--no-config-lookup"])).rows).toEqual([["compose.yaml", 5, 10, 15, "no-dynamic-port", 50000, "error"]]);
    expect((await scanIn(root, ["--no-config-lookup", "--preset", "strict"])).rows).toEqual([
      ["compose.yaml", 5, 10, 15, "no-dynamic-port", 50000, "error"],
      ["compose.yaml", 5, 10, 20, "valid-port", 50000, "error"],
    ]);
    expect((await scanIn(root, ["--no-config-lookup", "--config", "ci.yml", "--preset", "strict"])).rows).toEqual([
      ["compose.yaml", 5, 10, 15, "no-dynamic-port", 50000, "warning"],
      ["compose.yaml", 5, 10, 20, "valid-port", 50000, "error"],
    ]);
  });
});
