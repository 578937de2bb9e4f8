// The command-line habits users bring from ESLint: --max-warnings says why it failed,
// --color/--no-color, and "did you mean" for a mistyped command, option, format or preset.
import { describe, expect, it } from "vitest";
import { run, type Io } from "../../src/cli.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

async function cli(argv: string[], files: Record<string, string> = {}, options: { isTTY?: boolean; env?: Record<string, string> } = {}) {
  const root = tempDir();
  writeFiles(root, files);
  const out = { stdout: "", stderr: "" };
  const io: Io = {
    stdout: { write: (t: string) => (out.stdout += t), ...(options.isTTY !== undefined && { isTTY: options.isTTY }) },
    stderr: { write: (t: string) => (out.stderr += t) },
    cwd: root,
    env: options.env ?? {},
  };
  return { code: await run(argv, io), ...out };
}

const WARNINGS = {
  "compose.yaml": 'services:\n  a:\n    image: example/a\n    ports: ["40000:80"]\n  b:\n    image: example/b\n    ports: ["40001:80", "40002:80"]\n',
};
const ESC = "\u001b[";

describe("--max-warnings", () => {
  it("says how many warnings there were and what the limit is when it fails the run", async () => {
    const { code, stderr } = await cli(["scan", "--max-warnings", "0"], WARNINGS);
    expect(code).toBe(1);
    expect(stderr).toBe("port-policy scan: 3 warnings, more than --max-warnings 0.\n");
  });

  it("says nothing at or under the limit, and nothing extra when errors fail the run anyway", async () => {
    expect(await cli(["scan", "--max-warnings", "3"], WARNINGS)).toMatchObject({ code: 0, stderr: "" });
    const withError = { "compose.yaml": `${WARNINGS["compose.yaml"]}  c:\n    image: example/c\n    ports: ["50000:80"]\n` };
    expect(await cli(["scan", "--max-warnings", "0"], withError)).toMatchObject({ code: 1, stderr: "" });
  });

  it("counts one warning in the singular", async () => {
    const one = { "compose.yaml": 'services:\n  a:\n    image: example/a\n    ports: ["40000:80"]\n' };
    expect((await cli(["scan", "--max-warnings", "0"], one)).stderr).toBe("port-policy scan: 1 warning, more than --max-warnings 0.\n");
  });
});

describe("--color and --no-color", () => {
  it("--color colours the stylish report even when standard output is not a terminal", async () => {
    expect((await cli(["scan"], WARNINGS, { isTTY: false })).stdout).not.toContain(ESC);
    expect((await cli(["scan", "--color"], WARNINGS, { isTTY: false })).stdout).toContain(ESC);
  });

  it("--no-color leaves a terminal uncoloured, and wins over FORCE_COLOR", async () => {
    expect((await cli(["scan"], WARNINGS, { isTTY: true })).stdout).toContain(ESC);
    expect((await cli(["scan", "--no-color"], WARNINGS, { isTTY: true })).stdout).not.toContain(ESC);
    expect((await cli(["scan", "--no-color"], WARNINGS, { isTTY: true, env: { FORCE_COLOR: "1" } })).stdout).not.toContain(ESC);
  });

  it("takes the last of the two, as ESLint does", async () => {
    expect((await cli(["scan", "--no-color", "--color"], WARNINGS)).stdout).toContain(ESC);
    expect((await cli(["scan", "--color", "--no-color"], WARNINGS)).stdout).not.toContain(ESC);
  });

  it("never colours a report written to a file", async () => {
    const { code, stdout } = await cli(["scan", "--color", "--format", "stylish", "--output-file", "report.txt", "--format", "json"], WARNINGS);
    expect(code).toBe(0);
    expect(stdout).not.toContain(ESC);
  });
});

describe("did you mean", () => {
  it.each([
    [["scan", "--formt", "json"], 'port-policy scan: unknown option "--formt" (did you mean --format?)'],
    [["scan", "--max-warning", "0"], 'port-policy scan: unknown option "--max-warning" (did you mean --max-warnings?)'],
    [["scan", "--no-colour"], 'port-policy scan: unknown option "--no-colour" (did you mean --no-color?)'],
    [["scan", "--format", "sarf"], 'port-policy scan: unknown format "sarf" (did you mean "sarif"?)'],
    [["scan", "--preset", "strickt"], 'port-policy scan: unknown preset "strickt" (did you mean "strict"?)'],
    [["scna"], 'port-policy: unknown command "scna" (did you mean "scan"?).'],
  ])("%j", async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toContain(message);
  });

  it("suggests nothing for a name near no known one", async () => {
    const { code, stderr } = await cli(["scan", "--frobnicate"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe('port-policy scan: unknown option "--frobnicate"');
  });

  it("suggests the config key or value meant", async () => {
    const { code, stderr } = await cli(["scan"], { "port-policy.config.yml": "allowList: []\nrules: { valid-port: eror }\n" });
    expect(code).toBe(2);
    expect(stderr).toContain('allowList: "allowList" is not a setting here (did you mean "allowlist"?)');
    expect(stderr).toContain('rules.valid-port: "eror" is not one of error, warn, off (did you mean "error"?).');
  });
});
