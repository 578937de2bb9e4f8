// no-duplicate-port in code: two listens collide only when both can be open at the same time
// (issue 9 §2). The shapes are those of real test suites and configs, written small.
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

const HTTP = 'import http from "node:http";\n';

ruleTester.run("no-duplicate-port (live at once)", ruleOf("no-duplicate-port"), {
  valid: [
    valid(`${HTTP}it("a", () => { http.createServer().listen(3000); });\nit("b", () => { http.createServer().listen(3000); });`, {
      name: "two tests run one after the other",
    }),
    valid(
      `${HTTP}describe("a", () => {\n  beforeEach(() => { http.createServer().listen(3000); });\n  afterEach(() => server.close());\n});\ndescribe("b", () => {\n  beforeEach(() => { http.createServer().listen(3000); });\n});`,
      { name: "each describe's beforeEach, as in socket.io's cluster tests" },
    ),
    valid(`${HTTP}test("restart", async () => {\n  const a = http.createServer().listen(3000);\n  await new Promise((r) => a.close(r));\n  http.createServer().listen(3000);\n});`, {
      name: "a close between two listens in one test",
    }),
    valid(`${HTTP}async function main() {\n  const a = http.createServer().listen(3000);\n  await stopServer(a);\n  http.createServer().listen(3000);\n}`, {
      name: "a stop-like call between two listens in one function",
    }),
    // axios's test/unit/adapters/http.js: a module-level helper with a default port, called from each test.
    valid(`${HTTP}function startServer(port = 4444) {\n  return http.createServer().listen(port);\n}\nit("a", async () => { await startServer(); });\nit("b", () => { http.createServer().listen(4444); });`, {
      name: "a module-level helper the tests call runs in each test, not beside them",
    }),
    valid(`${HTTP}export function startApi() { http.createServer().listen(3000); }\nexport const startAdmin = () => { http.createServer().listen(3000); };`, {
      name: "two exported start functions the file never calls: whoever imports them calls one or the other",
    }),
    valid(`${HTTP}async function main() {\n  const a = http.createServer().listen(3000);\n  const stop = () => a.close();\n  stop();\n  http.createServer().listen(3000);\n}`, {
      name: "a close in a nested helper function counts for its function",
    }),
    valid(`${HTTP}if (process.env.ADMIN) http.createServer().listen(3000);\nelse http.createServer().listen(3000);`, { name: "if and else are alternatives" }),
    valid(`${HTTP}switch (command) {\n  case "api": http.createServer().listen(3000); break;\n  case "admin": http.createServer().listen(3000); break;\n}`, {
      name: "switch cases are alternatives",
    }),
    valid(`${HTTP}const server = cluster.isPrimary ? http.createServer().listen(3000) : http.createServer().listen(3000);`, { name: "conditional branches" }),
    valid(
      `${HTTP}import { createServer } from "vite";\nconst BASE_PORT = 15181;\ntest("throws when the port is blocked and strictPort is true", async () => {\n  http.createServer().listen(BASE_PORT);\n  const vite = await createServer({ server: { port: BASE_PORT, strictPort: true } });\n  await expect(vite.listen()).rejects.toThrow(\`Port \${BASE_PORT} is already in use\`);\n});`,
      { name: "a test of a port conflict collides on purpose (Vite's strictPort tests)" },
    ),
    valid(`${HTTP}describe("EADDRINUSE", () => {\n  it("reports it", () => {\n    http.createServer().listen(3000);\n    http.createServer().listen(3000);\n  });\n});`, {
      name: "a describe of EADDRINUSE",
    }),
    valid(`${HTTP}it.skip("a", () => { http.createServer().listen(3000); });\nhttp.createServer().listen(3000);`, { name: "a skipped test never runs" }),
    valid('import express from "express";\nimport { expectType } from "tsd";\nconst app = express();\nexpectType<Server>(app.listen(3000));\nexpectType<Server>(app.listen(3000));', {
      ...TS,
      name: "tsd type assertions never run",
    }),
    valid('import express from "express";\nconst app = express();\napp.listen(3000);\napp.listen(3000);', { filename: "index.test-d.ts", name: "a *.test-d.ts type test file" }),
    valid('import express from "express";\nconst app = express();\napp.listen(3000);\napp.listen(3000);', { filename: "server.tst.ts", name: "a *.tst.ts type test file" }),
    valid('import express from "express";\nconst app = express();\n{ app.listen(3000); }\n{ app.listen(3000); }', { filename: "test/types/index.ts", name: "a test/types/ folder of type tests" }),
    valid('import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: 5173 }, preview: { port: 5173 } });', {
      filename: "vite.config.ts",
      name: "vite serve and vite preview never run together",
    }),
    valid(`${HTTP}import { createServer } from "vite";\nconst BASE_PORT = 15181;\ntest("moves to the next port", async () => {\n  http.createServer().listen(BASE_PORT);\n  await createServer({ server: { port: BASE_PORT, strictPort: false } });\n});`, {
      name: "Vite without strictPort moves to the next free port",
    }),
    valid('import { defineConfig } from "vite";\nconst port = 9524;\nexport default defineConfig({\n  server: { port },\n  preview: { port, strictPort: true },\n});', {
      filename: "playground/assets/vite.config-encoded-base.js",
      name: "serve and preview of a vite.config-<name>.js, one const for both",
    }),
    valid('import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: 5173, hmr: { port: 5173 } } });', {
      filename: "vite.config.ts",
      name: "HMR on the dev server's own port is served by the dev server",
    }),
    valid(`${HTTP}import { test } from "node:test";\ntest("parent", async (t) => {\n  await t.test("one", () => { http.createServer().listen(3000); });\n  await t.test("two", () => { http.createServer().listen(3000); });\n});`, {
      name: "node:test subtests run one after the other",
    }),
  ],
  invalid: [
    invalid(`${HTTP}http.createServer().listen(3000);\nhttp.createServer().listen(«3000»);`, "duplicate", { name: "both at module top level" }),
    invalid(`${HTTP}import { createServer } from "vite";\nconst BASE_PORT = 15181;\ntest("fails on a taken port", async () => {\n  http.createServer().listen(BASE_PORT);\n  await createServer({ server: { port: «BASE_PORT», strictPort: true } });\n});`, "duplicate", {
      name: "Vite with strictPort: true fails on a taken port",
    }),
    invalid(`${HTTP}function start() {\n  http.createServer().listen(3000);\n  http.createServer().listen(«3000»);\n}`, "duplicate", { name: "one function, no close between" }),
    invalid(`${HTTP}http.createServer().listen(3000);\nit("a", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "a top-level server is open during every test",
    }),
    invalid(`${HTTP}describe("a", () => {\n  beforeEach(() => { http.createServer().listen(3000); });\n  it("b", () => { http.createServer().listen(«3000»); });\n});`, "duplicate", {
      name: "a beforeEach's server is open during its describe's tests",
    }),
    invalid(`${HTTP}describe("a", () => {\n  beforeAll(() => { http.createServer().listen(3000); });\n  beforeAll(() => { http.createServer().listen(«3000»); });\n});`, "duplicate", {
      name: "two hooks of one describe",
    }),
    invalid(`${HTTP}describe.concurrent("a", () => {\n  it("b", () => { http.createServer().listen(3000); });\n  it("c", () => { http.createServer().listen(«3000»); });\n});`, "duplicate", {
      name: "concurrent tests run together",
    }),
    invalid(`${HTTP}test.concurrent("a", () => { http.createServer().listen(3000); });\ntest.concurrent("b", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "test.concurrent",
    }),
    invalid(`${HTTP}import test from "ava";\ntest("a", () => { http.createServer().listen(3000); });\ntest("b", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "AVA runs a file's tests concurrently",
    }),
    invalid(`${HTTP}function test(name, fn) { fn(); }\ntest("a", () => { http.createServer().listen(3000); });\ntest("b", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "a local helper called test is not a test runner",
    }),
    invalid(`${HTTP}function startApi() { http.createServer().listen(3000); }\nfunction startAdmin() { http.createServer().listen(«3000»); }\nstartApi();\nstartAdmin().catch(console.error);`, "duplicate", {
      name: "two module-level functions both called from the top level run together",
    }),
    invalid(`${HTTP}function start() { http.createServer().listen(3000); }\nbeforeAll(() => start());\nit("x", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "a helper a hook calls is open during the tests",
    }),
    invalid(`${HTTP}function a() { http.createServer().listen(3000); }\nfunction b() { http.createServer().listen(«3000»); }\nready.then(a);\nready.then(b);`, "duplicate", {
      name: "helpers passed along rather than called in tests run as their caller's code",
    }),
    invalid(`${HTTP}const main = async function main() { http.createServer().listen(3000); };\nmain();\nit("x", () => { http.createServer().listen(«3000»); });`, "duplicate", {
      name: "a named function expression called from the top level is top-level code",
    }),
    invalid(`${HTTP}http.createServer().listen(3000);\nexport function start() { http.createServer().listen(«3000»); }`, "duplicate", {
      name: "a function's listen collides with a server open at top level",
    }),
    invalid(`${HTTP}if (process.env.ADMIN) {\n  http.createServer().listen(3000);\n  http.createServer().listen(«3000»);\n}`, "duplicate", { name: "two listens in one branch" }),
    invalid(`${HTTP}test("restart", async () => {\n  const a = http.createServer().listen(3000);\n  http.createServer().listen(«3000»);\n  await close(a);\n});`, "duplicate", {
      name: "a close after both listens separates nothing",
    }),
    invalid(`${HTTP}describe("d", () => {\n  http.createServer().listen(3000);\n  it("closes", () => server.close());\n  http.createServer().listen(«3000»);\n});`, "duplicate", {
      name: "a close inside a nested test is that test's, not its describe's",
    }),
  ],
});
