// scan reads TypeScript with its types erased (rules/utils/erase-types.ts) and falls back to
// typescript-eslint's parser for what does not erase: the two paths report the same findings over
// every TypeScript file of the fixtures and the shared corpus, positions point into the file as
// written, and a scan whose TypeScript all erases never loads the TypeScript compiler.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/core/presets/index.js";
import { portPolicyRules } from "../../src/config/eslint-settings.js";
import { createCodeLinter } from "../../src/scan/code-linter.js";
import { compareErased } from "./erased-equivalence.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/port-policy.js", import.meta.url));

const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((name) => join(dir, name));
const policy = PRESETS.recommended!;
const setup = { rules: portPolicyRules(policy), policy };

describe("TypeScript with its types erased", () => {
  it("reports what typescript-eslint's parser reports, at the same positions", () => {
    const text = [
      'import { createServer, type Server } from "node:http";',
      "interface Options { port?: number }",
      "const port: number = Number(process.env.PORT as string) || 50000;",
      "const server: Server = createServer();",
      "server.listen(port satisfies number, (): void => {});",
      "",
    ].join("\n");
    const erased = createCodeLinter().lint(text, "/repo/src/server.ts", setup);
    const compiled = createCodeLinter({ eraseTypes: false }).lint(text, "/repo/src/server.ts", setup);
    expect(erased.checked && erased.mode).toBe("erased");
    expect(compiled.checked && compiled.mode).toBe("typescript");
    const found = (outcome: typeof erased) => (outcome.checked ? outcome.messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn]) : outcome);
    expect(found(erased)).toEqual([["port-policy/no-dynamic-port", 3, 60, 65]]);
    expect(found(erased)).toEqual(found(compiled));
  });

  it("falls back to typescript-eslint's parser for an enum", () => {
    const text = "import http from 'node:http';\nenum Port { Api = 50000 }\nhttp.createServer().listen(50001);\n";
    const outcome = createCodeLinter().lint(text, "/repo/src/server.ts", setup);
    expect(outcome.checked && [outcome.mode, outcome.messages.map((m) => [m.ruleId, m.line, m.column])]).toEqual(["typescript", [["port-policy/no-dynamic-port", 3, 28]]]);
  });

  const files = [...filesUnder(FIXTURES), ...(existsSync(CORPUS) ? filesUnder(CORPUS) : [])];
  it(`matches typescript-eslint's parser over every TypeScript file of the fixtures${existsSync(CORPUS) ? " and the shared corpus" : " (../shared/corpus is absent: fixtures only)"}`, () => {
    const tally = compareErased(files);
    expect(tally.differing).toEqual([]);
    expect(tally.erased).toBeGreaterThan(tally.files / 2);
  });

  it("does not load the TypeScript compiler when every TypeScript file erases", () => {
    const { findings, loaded } = scanLoading({ "src/server.ts": 'import http from "node:http";\nconst port: number = 50000;\nhttp.createServer().listen(port);\n' });
    expect(findings).toEqual([["no-dynamic-port", 2, 22]]);
    expect(loaded).toEqual({ typescript: false, babel: true });
  });

  it("reads TypeScript without a `<` that parses as JavaScript as written: Babel is not loaded", () => {
    const { findings, loaded } = scanLoading({ "src/server.ts": 'import http from "node:http";\nconst port = Number(process.env.PORT ?? 50000);\nhttp.createServer().listen(port);\n' });
    expect(findings).toEqual([["no-dynamic-port", 2, 41]]);
    expect(loaded).toEqual({ typescript: false, babel: false });
  });

  it("erases TypeScript whose `<` is a generic, though the text as written might parse", () => {
    // As JavaScript, `f<T>(x)` is two comparisons; as TypeScript, a call with a type argument.
    const text = 'import http from "node:http";\nconst port = pick<number>(50000);\nhttp.createServer().listen(port);\nfunction pick<T>(value: T): T { return value; }\n';
    // Read as JavaScript, the port would be a comparison, and nothing would be reported.
    const outcome = createCodeLinter().lint(text, "/repo/src/server.ts", setup);
    expect(outcome.checked && [outcome.mode, outcome.messages.map((m) => [m.ruleId, m.line, m.column])]).toEqual(["erased", [["port-policy/no-dynamic-port", 2, 27]]]);
  });
});

/** Scans `files` in a child process, reporting the findings and which parsers it loaded. */
function scanLoading(files: Record<string, string>): { findings: [string, number, number][]; loaded: { typescript: boolean; babel: boolean } } {
  const root = tempDir();
  writeFiles(root, files);
  const probe = join(root, "probe.cjs");
  writeFileSync(
    probe,
    'const has = (name) => Object.keys(require.cache).some((path) => path.includes("/node_modules/" + name + "/"));\n' +
      'process.on("exit", () => process.stderr.write("\\nloaded:" + JSON.stringify({ typescript: has("typescript"), babel: has("@babel/parser") }) + "\\n"));\n',
  );
  let stdout = "";
  let stderr = "";
  try {
    execFileSync(process.execPath, ["--require", probe, BIN, "scan", "--format", "json", "src"], { cwd: root, encoding: "utf8", stdio: "pipe" });
  } catch (error) {
    ({ stdout, stderr } = error as { stdout: string; stderr: string });
  }
  const findings = (JSON.parse(stdout) as { findings: { ruleId: string; line: number; column: number }[] }).findings;
  const loaded = JSON.parse(/^loaded:(.*)$/m.exec(stderr)?.[1] ?? "null") as { typescript: boolean; babel: boolean };
  return { findings: findings.map((f) => [f.ruleId, f.line, f.column]), loaded };
}

describe("the prefilter again, on the erased text", () => {
  it("a file whose listener words are all in types is not linted: nothing the collector reads is left", () => {
    // Linted, the erased text would fail (`export` of a name that is only a type) and the file
    // would go to typescript-eslint's parser.
    const text = "interface ServerOptions {\n  port?: number;\n  start(): Promise<void>;\n}\nexport { ServerOptions };\n";
    const outcome = createCodeLinter().lint(text, "/repo/src/typings.ts", setup);
    expect(outcome).toEqual({ checked: true, messages: [], listeners: 0, unresolved: 0, mode: "erased" });
  });
});
