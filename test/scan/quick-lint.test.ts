// Scan's quick path (src/scan/quick-lint.ts) against ESLint's Linter (code-linter.ts): where the
// quick path answers, it must say exactly what ESLint says, message for message, over every
// JS/TS fixture, the shared corpus and a sample of the real repositories in /work/realworld; where
// ESLint could say something else (a disable comment, a parse error, TypeScript that does not
// erase), it must not answer.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { portPolicyRules } from "../../src/config/eslint-settings.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { createCodeLinter, type LintOutcome, type LintSetup } from "../../src/scan/code-linter.js";
import { quickLint } from "../../src/scan/quick-lint.js";
import { readCodeSource } from "../../src/scan/read-source.js";
import { mayOpenListener } from "../../rules/utils/listener-prefilter.js";
import { codeFilesUnder } from "../rules/utils/prefilter-safety.js";

const setupOf = (preset: "recommended" | "strict"): LintSetup => ({ rules: portPolicyRules(PRESETS[preset]!), policy: PRESETS[preset]! });
const recommended = setupOf("recommended");
const linter = createCodeLinter();

/** What scan keeps of an outcome, messages in a fixed order (scan sorts findings itself). */
type Kept = { messages: Array<{ ruleId: string | null; severity: number; message: string; messageId?: string | undefined; line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }>; listeners: number; unresolved: number; mode: string };

function kept(outcome: LintOutcome | undefined): Kept | LintOutcome | undefined {
  if (!outcome?.checked) return outcome;
  const messages = outcome.messages
    .map(({ ruleId, severity, message, messageId, line, column, endLine, endColumn }) => ({ ruleId, severity, message, messageId, line, column, endLine, endColumn }))
    .sort((a, b) => a.line - b.line || a.column - b.column || `${a.ruleId}${a.message}`.localeCompare(`${b.ruleId}${b.message}`));
  return { messages, listeners: outcome.listeners, unresolved: outcome.unresolved, mode: outcome.mode };
}

describe("quickLint", () => {
  it("reports what ESLint reports, on the port token", () => {
    const text = 'import express from "express";\nexpress().listen(50000);\n';
    const quick = quickLint(text, "/repo/src/server.js", recommended);
    expect(quick).toMatchObject({ checked: true, listeners: 1, mode: "module" });
    expect(kept(quick)).toEqual(kept(linter.lint(text, "/repo/src/server.js", recommended)));
    expect((kept(quick) as Kept).messages).toMatchObject([{ ruleId: "port-policy/no-dynamic-port", severity: 2, line: 2, column: 18, endLine: 2, endColumn: 23 }]);
  });

  it("declares ESLint's globals, so that Number(…) and parseInt(…) are read as ESLint reads them", () => {
    const text = 'const http = require("http");\nhttp.createServer().listen(Number("30x"));\nhttp.createServer().listen(parseInt("c350", 16));\n';
    const quick = kept(quickLint(text, "/repo/server.cjs", recommended)) as Kept;
    expect(quick).toEqual(kept(linter.lint(text, "/repo/server.cjs", recommended)));
    expect(quick.messages.map(({ messageId, line, column }) => [messageId, line, column])).toEqual([
      ["malformed", 2, 36],
      ["dynamic", 3, 38],
    ]);
  });

  it("reads TypeScript with its types erased, at the offsets written", () => {
    const text = 'import Fastify from "fastify";\nconst port: number = 65000;\nFastify<{ Body: string }>().listen({ port });\n';
    const quick = quickLint(text, "/repo/src/main.ts", setupOf("strict"));
    expect(quick).toMatchObject({ checked: true, mode: "erased" });
    expect(kept(quick)).toEqual(kept(linter.lint(text, "/repo/src/main.ts", setupOf("strict"))));
    expect((kept(quick) as Kept).messages.map(({ line, column }) => [line, column])).toEqual([[2, 22]]);
  });

  it("answers where the comments concern other rules only", () => {
    const text = '/* eslint-disable no-console */\nimport express from "express";\n// eslint-disable-next-line @typescript-eslint/no-explicit-any -- port-policy checks this\nexpress().listen(50000);\n/* eslint-env node */\n';
    const quick = quickLint(text, "/repo/server.js", recommended);
    expect(quick).toBeDefined();
    expect(kept(quick)).toEqual(kept(linter.lint(text, "/repo/server.js", recommended)));
    expect((kept(quick) as Kept).messages.map(({ ruleId, line }) => [ruleId, line])).toEqual([["port-policy/no-dynamic-port", 4]]);
  });

  it.each([
    ["a disable comment", "server.js", 'import express from "express";\n// eslint-disable-next-line port-policy/no-dynamic-port\nexpress().listen(50000);\n'],
    ["a disable comment with a reason", "server.js", 'import express from "express";\nexpress().listen(50000); // eslint-disable-line port-policy/no-dynamic-port -- legacy\n'],
    ["a disable comment naming no rule", "server.js", '/* eslint-disable */\nimport express from "express";\nexpress().listen(50000);\n'],
    ["a rule set in a comment", "server.js", '/* eslint port-policy/no-dynamic-port: "off" */\nimport express from "express";\nexpress().listen(50000);\n'],
    ["a global declared in a comment", "server.js", '/* global PORT */\nimport express from "express";\nexpress().listen(PORT);\n'],
    ["JavaScript that does not parse", "server.js", 'import express from "express";\nexpress().listen(50000;\n'],
    ["TypeScript that does not erase (an enum)", "server.ts", 'import express from "express";\nenum Port { Http = 50000 }\nexpress().listen(Port.Http);\n'],
  ])("leaves %s to ESLint", (_name, file, text) => {
    expect(mayOpenListener(text, `/repo/${file}`)).toBe(true);
    expect(quickLint(text, `/repo/${file}`, recommended)).toBeUndefined();
  });
});

const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));
const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const REALWORLD = "/work/realworld";

/** Files the quick path answered for, and those where it differed from ESLint (must stay empty). */
function compare(files: readonly string[], setup: LintSetup): { answered: number; messages: number; differ: string[] } {
  let answered = 0;
  let messages = 0;
  const differ: string[] = [];
  for (const file of files) {
    const read = readCodeSource(file);
    if (!read.ok || !mayOpenListener(read.text, file)) continue;
    const quick = quickLint(read.text, file, setup);
    if (!quick) continue;
    answered++;
    if (quick.checked) messages += quick.messages.length;
    if (JSON.stringify(kept(quick)) !== JSON.stringify(kept(linter.lint(read.text, file, setup)))) differ.push(file);
  }
  return { answered, messages, differ };
}

/** One file per rule and listener form, with findings: where the fixtures and corpus have few. */
const SNIPPETS: Array<[string, string]> = [
  ["src/dynamic.js", 'import express from "express";\nconst app = express();\napp.listen(process.env.PORT ?? 50000);\n'],
  ["src/ephemeral.mjs", 'import http from "node:http";\nhttp.createServer().listen(40000, "127.0.0.1");\n'],
  ["src/privileged.cjs", 'const net = require("net");\nnet.createServer().listen(80);\n'],
  ["src/misuse.ts", 'import Fastify from "fastify";\nconst app = Fastify();\nawait app.listen({ port: 5432, host: "0.0.0.0" });\n'],
  ["src/unsafe.js", 'import { WebSocketServer } from "ws";\nnew WebSocketServer({ port: 6000 });\n'],
  ["src/invalid.js", 'import express from "express";\nexpress().listen(70000);\nexpress().listen("abc");\nexpress().listen(3000.5);\n'],
  ["src/duplicate.js", 'import express from "express";\nexpress().listen(3000);\nexpress().listen(3000);\n'],
  ["test/servers.test.js", 'import express from "express";\nit("a", () => { express().listen(3000); express().listen(3000); });\nit("b", () => { express().listen(3000); });\n'],
  ["vite.config.ts", 'import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: 50173, strictPort: true }, preview: { port: 50173 } });\n'],
  ["src/bun.ts", 'export default { port: 60000, fetch(request: Request) { return new Response("ok"); } };\n'],
  ["src/hapi.js", 'const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: 55000 });\nawait server.start();\n'],
  ["src/io.js", 'const { Server } = require("socket.io");\nnew Server(10080);\n'],
  ["src/udp.js", 'import dgram from "node:dgram";\ndgram.createSocket("udp4").bind(53);\n'],
  ["src/deno.ts", 'Deno.serve({ port: 65001 }, (request) => new Response("ok"));\n'],
  // ESLint counts CRLF, a lone CR and U+2028 each as one line break.
  ["src/line-breaks.js", 'import express from "express";\r\n// a\u2028b\rc\r\nexpress().listen(50000);\n'],
];

describe("the quick path says what ESLint says", () => {
  it.each(["recommended", "strict"] as const)("on a file per rule and listener form, %s", (preset) => {
    const setup = setupOf(preset);
    let messages = 0;
    for (const [file, text] of SNIPPETS) {
      const quick = quickLint(text, `/repo/${file}`, setup);
      expect(quick, file).toBeDefined();
      expect(kept(quick), file).toEqual(kept(linter.lint(text, `/repo/${file}`, setup)));
      if (quick?.checked) messages += quick.messages.length;
    }
    expect(messages).toBeGreaterThan(SNIPPETS.length);
  });

  it.each(["recommended", "strict"] as const)("over every JS/TS fixture, %s", (preset) => {
    const { answered, messages, differ } = compare(codeFilesUnder(FIXTURES), setupOf(preset));
    expect(differ).toEqual([]);
    expect(answered).toBeGreaterThan(20);
    expect(messages).toBeGreaterThan(5);
  });

  it.skipIf(!existsSync(CORPUS))(`over the shared corpus${existsSync(CORPUS) ? "" : " (skipped: ../shared/corpus is absent)"}`, () => {
    const { answered, differ } = compare(codeFilesUnder(CORPUS), recommended);
    expect(differ).toEqual([]);
    expect(answered).toBeGreaterThan(0);
  });

  // As in listener-prefilter.test.ts: a fixed sample per repository, the files that pass first.
  const repositories = existsSync(REALWORLD) ? readdirSync(REALWORLD).filter((name) => name.includes("+") && statSync(join(REALWORLD, name)).isDirectory()) : [];
  it.skipIf(repositories.length === 0)(
    repositories.length > 0 ? `over a sample of ${repositories.length} real repositories in ${REALWORLD}` : `over real repositories: skipped, ${REALWORLD} is absent`,
    () => {
      const differ = repositories.flatMap((name) => {
        const files = codeFilesUnder(join(REALWORLD, name)).filter((file) => statSync(file).size <= 200_000);
        return compare(files.slice(0, 400), recommended).differ;
      });
      expect(differ).toEqual([]);
    },
    600_000,
  );
});
