// A JavaScript-only project: `npm i -D eslint eslint-plugin-port-policy` from the packed tarball
// must not bring TypeScript (an optional peer), and `export default portPolicy.configs.recommended`
// must lint its files. A stray .ts file gets one parsing error that says what to install.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockedVersion, npmInstall, release, scratchDir } from "./release.js";

const project = scratchDir("port-policy-js-project-");
afterAll(project.cleanup);

beforeAll(() => {
  npmInstall(project.path, ["--save-dev", release().tarball, `eslint@${lockedVersion("eslint")}`]);
}, 240_000);

/** Bytes under a directory (file sizes, not blocks). */
function sizeOf(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

function eslint(...files: string[]) {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, ["node_modules/eslint/bin/eslint.js", "--format", "json", ...files], { cwd: project.path, encoding: "utf8" }) };
  } catch (error) {
    return error as { status: number; stdout: string };
  }
}

describe("a JavaScript project with eslint and the plugin", { timeout: 120_000 }, () => {
  it("has no TypeScript and no TypeScript parser installed", () => {
    const modules = join(project.path, "node_modules");
    expect(existsSync(join(modules, "typescript"))).toBe(false);
    expect(existsSync(join(modules, "@typescript-eslint/parser"))).toBe(false);
    expect(existsSync(join(modules, "@typescript-eslint/utils"))).toBe(false);
    console.info(`install size, plugin + eslint, JavaScript only: ${(sizeOf(modules) / 1e6).toFixed(1)} MB in node_modules`);
  });

  it("lints .js, .cjs, .mjs and .jsx files (JSX in .js and .jsx) with `export default portPolicy.configs.recommended`", () => {
    writeFileSync(join(project.path, "eslint.config.js"), 'import portPolicy from "eslint-plugin-port-policy";\n\nexport default portPolicy.configs.recommended;\n');
    for (const kind of ["js", "cjs", "mjs", "jsx"]) {
      // React projects write JSX in .js files too.
      const jsx = kind === "jsx" || kind === "js" ? "export const View = () => <main />;\n" : "";
      writeFileSync(join(project.path, `server.${kind}`), `${jsx}require("node:http").createServer().listen(50000);\n`);
    }
    const { status, stdout } = eslint("server.js", "server.cjs", "server.mjs", "server.jsx");
    expect(status).toBe(1);
    const rows = (JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; ruleId: string }> }>).map((result) => [
      result.filePath.slice(project.path.length + 1),
      ...result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`),
    ]);
    expect(rows).toEqual([
      ["server.cjs", "1:44 port-policy/no-dynamic-port"],
      ["server.js", "2:44 port-policy/no-dynamic-port"],
      ["server.jsx", "2:44 port-policy/no-dynamic-port"],
      ["server.mjs", "1:44 port-policy/no-dynamic-port"],
    ]);
  });

  it("reports a test server in Linux's ephemeral range (parse-server's listen(34567)) as a warning, the dynamic range as an error", () => {
    writeFileSync(join(project.path, "eslint.config.js"), 'import portPolicy from "eslint-plugin-port-policy";\n\nexport default portPolicy.configs.recommended;\n');
    writeFileSync(join(project.path, "hooks.spec.js"), 'const express = require("express");\nconst app = express();\napp.listen(34567);\napp.listen(50000);\n');
    const { status, stdout } = eslint("hooks.spec.js");
    expect(status).toBe(1);
    const [result] = JSON.parse(stdout) as Array<{ messages: Array<{ line: number; column: number; ruleId: string; severity: number }> }>;
    expect(result?.messages.map((m) => [m.ruleId, m.line, m.column, m.severity])).toEqual([
      ["port-policy/no-ephemeral-port", 3, 12, 1],
      ["port-policy/no-dynamic-port", 4, 12, 2],
    ]);
  });

  it("gives a .ts file one parsing error naming the parser to install", () => {
    writeFileSync(join(project.path, "eslint.config.js"), 'import portPolicy from "eslint-plugin-port-policy";\n\nexport default portPolicy.configs.recommended;\n');
    writeFileSync(join(project.path, "typed.ts"), "const port: number = 50000;\n");
    const { status, stdout } = eslint("typed.ts");
    expect(status).toBe(1);
    const [result] = JSON.parse(stdout) as Array<{ messages: Array<{ fatal?: boolean; ruleId: string | null; message: string }> }>;
    expect(result?.messages).toEqual([expect.objectContaining({ fatal: true, ruleId: null })]);
    expect(result?.messages[0]?.message).toContain("@typescript-eslint/parser and typescript: npm install --save-dev typescript-eslint typescript");
  });

  it("runs port-policy scan on the project's JavaScript and config", () => {
    writeFileSync(join(project.path, "compose.yaml"), 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n');
    writeFileSync(join(project.path, "api.js"), 'require("node:http").createServer().listen(50000);\n');
    let stdout = "";
    try {
      execFileSync(join(project.path, "node_modules/.bin/port-policy"), ["scan", "--format", "json", "compose.yaml", "api.js"], { cwd: project.path, encoding: "utf8" });
    } catch (error) {
      ({ stdout } = error as { stdout: string });
    }
    expect(JSON.parse(stdout).findings.map((f: { path: string; ruleId: string; port: number }) => [f.path, f.ruleId, f.port])).toEqual([["api.js", "no-dynamic-port", 50000]]);
  });
});
