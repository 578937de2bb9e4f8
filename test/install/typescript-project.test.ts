// The README's first ESLint example, in a TypeScript project made from the packed tarball: its
// eslint.config.js and src/server.ts as the README shows them, linted by the project's own
// `eslint` command, report what the README's output shows. Every file kind the configs cover is
// linted, and typescript-eslint's own config keeps working beside ours, in either order.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docBlock, README } from "../config/docs-blocks.js";
import { lockedVersion, npmInstall, release, scratchDir } from "./release.js";

const project = scratchDir("port-policy-ts-project-");
afterAll(project.cleanup);

beforeAll(() => {
  npmInstall(project.path, [release().tarball, `eslint@${lockedVersion("eslint")}`, `typescript@${lockedVersion("typescript")}`, `typescript-eslint@${lockedVersion("typescript-eslint")}`]);
}, 240_000);

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(project.path, path)), { recursive: true });
    writeFileSync(join(project.path, path), text);
  }
}

type Row = [file: string, line: number, column: number, severity: string, ruleId: string];

/** `npx eslint . --format json`, as rows; ESLint exits 1 when it reports errors. */
function eslint(...args: string[]): Row[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, ["node_modules/eslint/bin/eslint.js", "--format", "json", ...args], { cwd: project.path, encoding: "utf8" });
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    if (failed.status !== 1) throw new Error(`eslint exited ${failed.status}: ${failed.stderr}`, { cause: error });
    stdout = failed.stdout;
  }
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number; column: number; severity: number; ruleId: string | null; message: string }> }>;
  return results.flatMap((result) =>
    result.messages.map((m): Row => [result.filePath.slice(project.path.length + 1), m.line, m.column, m.severity === 2 ? "error" : "warning", m.ruleId ?? `fatal: ${m.message}`]),
  );
}

/** "  6:32  error  …  port-policy/no-dynamic-port" lines of the README's output block, under their file line. */
function readmeOutput(): Row[] {
  let file = "";
  const rows: Row[] = [];
  for (const line of docBlock("eslint-example-output", README).split("\n")) {
    const finding = /^\s+(\d+):(\d+)\s+(error|warning)\s+.*\s(\S+)$/.exec(line);
    if (finding) rows.push([file, Number(finding[1]), Number(finding[2]), finding[3]!, finding[4]!]);
    else if (/^\S+\.\w+$/.test(line)) file = line;
  }
  return rows;
}

describe("the README's TypeScript ESLint example, installed from the tarball", { timeout: 120_000 }, () => {
  it("reports the README's listeners, where and as the README shows", () => {
    write({ "eslint.config.js": docBlock("eslint-example", README), "src/server.ts": docBlock("eslint-example-source", README) });
    const expected = readmeOutput();
    expect(expected.length).toBeGreaterThan(0);
    expect(eslint(".")).toEqual(expected);
  });

  it("lints every file kind the configs cover: js, mjs, cjs, jsx, ts, mts, cts, tsx", () => {
    write({ "eslint.config.js": docBlock("eslint-example", README) });
    const kinds = ["js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx"];
    for (const kind of kinds) {
      const jsx = kind.endsWith("x") ? "export const View = () => <main>ports</main>;\n" : "";
      const typed = kind.includes("t") ? ": number" : "";
      write({ [`kinds/server.${kind}`]: `${jsx}const port${typed} = 50000;\nrequire("node:http").createServer().listen(port);\n` });
    }
    const rows = eslint("kinds").filter((row) => row[4].startsWith("port-policy/") || row[4].startsWith("fatal"));
    const expected = kinds.map((kind): Row => [`kinds/server.${kind}`, kind.endsWith("x") ? 2 : 1, 14 + (kind.includes("t") ? 8 : 0), "error", "port-policy/no-dynamic-port"]);
    expect(rows).toEqual(expected.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  });

  it("leaves typescript-eslint's configs working, in either order", () => {
    write({ "order/any.ts": "export const value: any = 50001;\nrequire(\"node:http\").createServer().listen(value as number);\n" });
    write({ "eslint.config.js": docBlock("eslint-example", README) });
    const ours = eslint("order");
    expect(ours.map((row) => row[4]).sort()).toContain("@typescript-eslint/no-explicit-any");
    write({
      "eslint.config.js": [
        'import tseslint from "typescript-eslint";',
        'import portPolicy from "eslint-plugin-port-policy";',
        "export default [...portPolicy.configs.recommended, ...tseslint.configs.recommended];",
        "",
      ].join("\n"),
    });
    expect(eslint("order")).toEqual(ours);
  });
});
