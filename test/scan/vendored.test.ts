// Vendored, minified and generated files are not the user's listeners (issue 9 §1): skipped by
// default with a note for --verbose, re-included by .gitattributes or --include-vendored.
import { describe, expect, it } from "vitest";
import { discoverFiles } from "../../src/scan/discover.js";
import { generatedCodeReason } from "../../src/scan/generated-code.js";
import { vendoredDirectoryReason, vendoredFileReason } from "../../src/scan/vendored.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

/** `scan --verbose --format json` in `cwd`: findings as `path:line ruleId`, and the notes it printed. */
async function scanVerbose(cwd: string, args: string[]): Promise<{ findings: string[]; notes: string[] }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd, env: {} };
  await scan([...args, "--verbose", "--format", "json"], io);
  const findings = (JSON.parse(stdout) as { findings: { path: string; line: number; ruleId: string }[] }).findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`);
  return { findings, notes: stderr.split("\n").filter((line) => line.includes(": skipped: ")) };
}

const LISTEN = "require('http').createServer().listen(50000);\n";

function walk(files: Record<string, string>, options: { includeVendored?: boolean } = {}) {
  const root = tempDir();
  writeFiles(root, files);
  const discovery = discoverFiles([], { cwd: root, code: true, ...options });
  return { files: discovery.files.map((file) => file.path), notes: discovery.notes.map((note) => `${note.path}: ${note.message}`) };
}

describe("vendored paths", () => {
  it.each([
    ["vendor/github.com/x/y/docker-compose.yml", false, "vendored dependencies"],
    ["third_party/envoy/deploy.yaml", false, "vendored dependencies"],
    ["libs/third-party/app.js", true, "vendored dependencies"],
    ["static/bower_components/x/index.js", true, "vendored dependencies"],
    ["src/Web/wwwroot/lib/jquery/dist/jquery.js", true, "a copy of jQuery"],
    ["src/Web/wwwroot/lib/bootstrap/dist/js/bootstrap.bundle.js", true, "a bundle"],
    ["src/Web/wwwroot/lib/signalr/signalr.js", true, "client libraries restored into wwwroot/lib"],
    ["public/js/app.min.js", true, "minified"],
    ["public/js/app-min.js", true, "minified"],
    ["build/static/js/main.chunk.js", true, "a bundle"],
    ["static/jquery-3.6.0.js", true, "a copy of jQuery"],
    [".pnp.cjs", true, "Yarn's generated Plug'n'Play loader"],
    [".yarn/releases/yarn-4.1.0.cjs", true, "Yarn's own release, plugins and cache"],
    ["packages/api/dist/index.js", true, "build output"],
    [".next/server/app.js", true, "build output"],
  ])("%s is skipped (%s)", (path, isCode, reason) => {
    expect(vendoredFileReason(path, isCode)).toBe(reason);
  });

  it.each([
    ["src/server.js", true],
    ["src/vendors.ts", true], // a file named vendors, not a directory
    ["src/minimal.js", true],
    ["deploy/dist/compose.yaml", false], // build output dirs hold deployed config too
    ["tools/dev-server.js", true],
    ["docs/examples/compose.yaml", false],
    ["test/fixtures/compose.yaml", false],
    ["src/bootstrap.ts", true],
  ])("%s is the user's", (path, isCode) => {
    expect(vendoredFileReason(path, isCode)).toBeUndefined();
  });

  it("a vendored directory is not entered; build output is, for its config files", () => {
    expect(vendoredDirectoryReason("vendor")).toBe("vendored dependencies");
    expect(vendoredDirectoryReason("src/Vendor")).toBe("vendored dependencies");
    expect(vendoredDirectoryReason("dist")).toBeUndefined();
    expect(vendoredDirectoryReason("vendorlib")).toBeUndefined();
  });

  it("the walk skips them and says why, once per vendored directory", () => {
    const { files, notes } = walk({
      "compose.yaml": "",
      "server.js": LISTEN,
      "vendor/a/compose.yaml": "",
      "vendor/b/index.js": LISTEN,
      "public/app.min.js": LISTEN,
      "dist/server.js": LISTEN,
      "dist/compose.yaml": "",
      "wwwroot/lib/jquery/jquery.js": LISTEN,
    });
    expect(files).toEqual(["compose.yaml", "dist/compose.yaml", "server.js"]);
    expect(notes).toEqual([
      "dist/server.js: skipped: build output (--include-vendored scans it)",
      "public/app.min.js: skipped: minified (--include-vendored scans it)",
      "vendor: skipped: vendored dependencies (--include-vendored scans it)",
      "wwwroot/lib: skipped: client libraries restored into wwwroot/lib (--include-vendored scans it)",
    ]);
  });

  it("--include-vendored scans everything", () => {
    const { files, notes } = walk({ "vendor/b/index.js": LISTEN, "public/app.min.js": LISTEN, "dist/server.js": LISTEN }, { includeVendored: true });
    expect(files).toEqual(["dist/server.js", "public/app.min.js", "vendor/b/index.js"]);
    expect(notes).toEqual([]);
  });

  it("a file named on the command line is scanned whatever its path", () => {
    const root = tempDir();
    writeFiles(root, { "vendor/x/compose.yaml": "", "app.min.js": LISTEN });
    const discovery = discoverFiles(["vendor/x/compose.yaml", "app.min.js"], { cwd: root, code: true });
    expect(discovery.files.map((file) => file.path)).toEqual(["app.min.js", "vendor/x/compose.yaml"]);
  });
});

describe(".gitattributes linguist-vendored and linguist-generated", () => {
  it("vendors and generates paths, and un-vendors inside a vendored directory", () => {
    const { files, notes } = walk({
      ".gitattributes": [
        "* text=auto",
        "# our own fork lives under vendor/",
        "vendor/ours/** -linguist-vendored",
        "legacy/* linguist-vendored",
        "api/client.ts linguist-generated=true",
        "public/app.min.js linguist-vendored=false",
      ].join("\n"),
      "vendor/ours/compose.yaml": "",
      "vendor/theirs/compose.yaml": "",
      "legacy/compose.yaml": "",
      "api/client.ts": LISTEN,
      "api/server.ts": LISTEN,
      "public/app.min.js": LISTEN,
    });
    expect(files).toEqual(["api/server.ts", "public/app.min.js", "vendor/ours/compose.yaml"]);
    expect(notes).toEqual([
      "api/client.ts: skipped: linguist-generated in .gitattributes (--include-vendored scans it)",
      "legacy/compose.yaml: skipped: linguist-vendored in .gitattributes (--include-vendored scans it)",
      "vendor/theirs/compose.yaml: skipped: vendored dependencies (--include-vendored scans it)",
    ]);
  });

  it("a nested .gitattributes overrides its parent, and the last matching line wins", () => {
    const { files } = walk({
      ".gitattributes": "*.yaml linguist-vendored\n",
      "a/.gitattributes": "*.yaml -linguist-vendored\nold.yaml linguist-vendored\n",
      "a/new.yaml": "",
      "a/old.yaml": "",
      "b/new.yaml": "",
    });
    expect(files).toEqual(["a/new.yaml"]);
  });
});

describe("generated and minified code, told by content", () => {
  const minified = `/*! lib v1 | MIT */\n${"var a=1;".repeat(2_000)}\n`;
  const compiled = `"use strict";\nconst http = require("http");\nhttp.createServer().listen(50000);\n//# sourceMappingURL=server.js.map\n`;

  it.each([
    ["api.ts", "// @generated by relay-compiler\nexport const x = 1;\n", "generated (its header says @generated)"],
    ["pb.js", "// Code generated by protoc-gen-js. DO NOT EDIT.\nmodule.exports = {};\n", "generated (its header says generated, do not edit)"],
    ["block.js", "/*\n  Code generated by gen-api. DO NOT EDIT.\n*/\nexport const x = 1;\n", "generated (its header says generated, do not edit)"],
    ["types.ts", "/**\n * This file was generated by openapi-typescript.\n * Do not make direct changes to the file.\n * @generated\n */\nexport {};\n", "generated (its header says @generated)"],
    ["lib.js", minified, "minified (its first lines average 2048 characters)"],
    ["server.js", compiled, "compiled output (it ends with a sourceMappingURL comment)"],
    ["big.js", `${"// hand-written\n".repeat(600)}//# sourceMappingURL=big.js.map\n`, "compiled output (it ends with a sourceMappingURL comment)"],
  ])("%s: %s", (name, text, reason) => {
    expect(generatedCodeReason(text, `/repo/${name}`)).toBe(reason);
  });

  it.each([
    ["server.js", LISTEN],
    ["one-long-line.js", `const banner = "${"=".repeat(150)}"; require("http").createServer().listen(50000);\n`],
    ["long-string.js", `${"const a = 1;\n".repeat(40)}const data = "${"x".repeat(600)}";\n`],
    ["mentions.ts", "// This file is not generated. Edit it freely.\nexport {};\n"],
    // sveltejs/kit's constants.js: the header its code generator writes, quoted in code.
    ["constants.js", "export const GENERATED_COMMENT = '// this file is generated — do not edit it';\nexport const PAGE = '+page';\n"],
    ["map.ts", "export {};\n//# sourceMappingURL=map.js.map\n"], // only compiled JS is output
  ])("%s is hand-written", (name, text) => {
    expect(generatedCodeReason(text, `/repo/${name}`)).toBeUndefined();
  });

  it("scan skips them with a note, lints the rest, and --include-vendored lints them too", async () => {
    const root = tempDir();
    writeFiles(root, { "src/server.js": LISTEN, "lib/bundle.js": minified, "lib/server.js": compiled });
    const skipped = await scanVerbose(root, ["."]);
    expect(skipped.findings).toEqual(["src/server.js:1 no-dynamic-port"]);
    expect(skipped.notes).toEqual([
      "lib/bundle.js: skipped: minified (its first lines average 2048 characters) (--include-vendored scans it)",
      "lib/server.js: skipped: compiled output (it ends with a sourceMappingURL comment) (--include-vendored scans it)",
    ]);
    const all = await scanVerbose(root, [".", "--include-vendored"]);
    expect(all.findings).toEqual(["lib/server.js:3 no-dynamic-port", "src/server.js:1 no-dynamic-port"]);
    // Named on the command line: linted whatever it is.
    const named = await scanVerbose(root, ["lib/server.js"]);
    expect(named.findings).toEqual(["lib/server.js:3 no-dynamic-port"]);
    expect(named.notes).toEqual([]);
  });
});
