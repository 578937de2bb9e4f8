// Following relative imports: fixtures/code/modules/ holds small projects in the layouts real
// apps use; each entry file is linted by its real path, so imports resolve on disk. Positions are
// exact (line, column, end column of the port token in the entry file).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clearResolutionCaches } from "../../../rules/utils/module-resolution.js";
import { collectListeners } from "./collect-listeners.js";

const MODULES = path.resolve(import.meta.dirname, "../../../fixtures/code/modules");

interface Found {
  port: number;
  framework?: string;
  at: [line: number, column: number, endColumn: number];
  fallback?: true;
  envKey?: string;
  hostIp?: string;
}

function listenersOf(file: string): Found[] {
  const absolute = path.isAbsolute(file) ? file : path.join(MODULES, file);
  return collectListeners(readFileSync(absolute, "utf8"), absolute).listeners.map((listener) => {
    const found: Found = { port: listener.port, at: [listener.origin.line, listener.origin.column, listener.origin.endColumn] };
    if (listener.identity.framework) found.framework = listener.identity.framework;
    if (listener.origin.fallback) found.fallback = true;
    if (listener.identity.envKey) found.envKey = listener.identity.envKey;
    if (listener.hostIp) found.hostIp = listener.hostIp;
    return found;
  });
}

describe("an app or server from a local module", () => {
  it.each<[string, string, Found[]]>([
    ["express-generator: bin/www wraps the app in http and normalizePort()s the port", "express-generator/bin/www.js", [{ port: 3000, framework: "http", at: [5, 47, 51], fallback: true, envKey: "PORT" }]],
    ["app.js exports the app, server.js listens on it", "app-and-server/server.js", [{ port: 3001, framework: "express", at: [4, 34, 38], fallback: true, envKey: "PORT" }]],
    ["ESM TypeScript: default import of ./app.js (the .ts source)", "ts-esm/src/main.ts", [{ port: 3002, framework: "express", at: [4, 12, 16] }]],
    ["a renamed named import through a barrel", "ts-esm/src/named.ts", [{ port: 3003, framework: "express", at: [4, 12, 16], hostIp: "127.0.0.1" }]],
    ["an async factory's return value, awaited", "factory/server.js", [{ port: 3005, framework: "fastify", at: [6, 28, 32], hostIp: "0.0.0.0" }]],
    ["a local createServer() that returns a Koa app", "factory/koa-main.mjs", [{ port: 3006, framework: "koa", at: [3, 23, 27] }]],
    ["a server destructured from module.exports = { app, server }", "destructured/index.js", [{ port: 3007, framework: "http", at: [3, 15, 19] }]],
  ])("%s", (_name, file, expected) => {
    expect(listenersOf(file)).toEqual(expected);
  });

  it("files that only build or export an app open nothing themselves", () => {
    for (const file of ["express-generator/app.js", "app-and-server/app.js", "ts-esm/src/app.ts", "ts-esm/src/index.ts", "factory/app.js", "factory/koa.mjs", "destructured/server.js"]) {
      expect(listenersOf(file), file).toEqual([]);
    }
  });
});

describe("a framework required by relative path inside its own repository", () => {
  it.each<[string, string, Found[]]>([
    ['require("../../") of the folder whose package.json is express', "framework-repo/examples/hello/index.js", [{ port: 3008, framework: "express", at: [9, 12, 16] }]],
    ['require("..") of ws, whose main file is not built', "ws-repo/examples/server.js", [{ port: 3009, framework: "ws", at: [4, 42, 46] }]],
    ['require("../lib"), the package\'s main file', "hapi-repo/test/server.js", [{ port: 3010, framework: "hapi", at: [4, 36, 40] }]],
    ["internal modules the (unbuilt) entry re-exports: vite's createServer and defineConfig", "vite-repo/src/node/__tests__/server.spec.ts", [
      { port: 3030, framework: "vite", at: [5, 54, 58] },
      { port: 3031, framework: "vite", at: [6, 49, 53] },
    ]],
  ])("%s", (_name, file, expected) => {
    expect(listenersOf(file)).toEqual(expected);
  });
});

describe("what the imported code says is not a server stays quiet", () => {
  it("a pg pool's LISTEN and an EventEmitter's listen()", () => {
    expect(listenersOf("clients/listen.js")).toEqual([]);
  });

  it("an export the collector cannot judge, or a module that is not there, gets the documented fallback", () => {
    expect(listenersOf("unknown/listen.js")).toEqual([
      { port: 3012, at: [5, 14, 18] },
      { port: 3014, at: [6, 16, 20] },
    ]);
  });

  it("a require cycle ends (fallback), without a hang or a crash", () => {
    expect(listenersOf("cycle/main.js")).toEqual([{ port: 3013, at: [4, 10, 14] }]);
  });
});

describe("caching and bounds", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "port-policy-modules-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a module edited on disk is read again (size or mtime changed)", () => {
    const app = path.join(dir, "app.js");
    const server = path.join(dir, "server.js");
    writeFileSync(app, 'const { EventEmitter } = require("events");\nmodule.exports = new EventEmitter();\n');
    writeFileSync(server, 'const app = require("./app");\napp.listen(3100);\n');
    expect(listenersOf(server)).toEqual([]);
    writeFileSync(app, 'const express = require("express");\nmodule.exports = express();\n');
    utimesSync(app, new Date(), new Date(Date.now() + 5000));
    expect(listenersOf(server)).toEqual([{ port: 3100, framework: "express", at: [2, 12, 16] }]);
  });

  it("follows at most four modules in a row; past that the receiver is untraced", () => {
    const chain = path.join(dir, "chain");
    mkdirSync(chain);
    writeFileSync(path.join(chain, "m0.js"), 'module.exports = require("express")();\n');
    for (let i = 1; i <= 6; i++) writeFileSync(path.join(chain, `m${i}.js`), `module.exports = require("./m${i - 1}");\n`);
    writeFileSync(path.join(chain, "near.js"), 'require("./m2").listen(3101);\n');
    writeFileSync(path.join(chain, "far.js"), 'require("./m6").listen(3102);\n');
    clearResolutionCaches();
    expect(listenersOf(path.join(chain, "near.js"))).toEqual([{ port: 3101, framework: "express", at: [1, 24, 28] }]);
    expect(listenersOf(path.join(chain, "far.js"))).toEqual([{ port: 3102, at: [1, 24, 28] }]);
  });

  it("a module too big to be an app's entry (over 1 MiB) is not read", () => {
    const big = path.join(dir, "big.js");
    writeFileSync(big, `module.exports = require("express")();\n//${"x".repeat(1024 * 1024)}\n`);
    writeFileSync(path.join(dir, "uses-big.js"), 'require("./big").listen(3103);\n');
    expect(listenersOf(path.join(dir, "uses-big.js"))).toEqual([{ port: 3103, at: [1, 25, 29] }]);
  });

  it("a file that is not on disk (stdin, a test snippet) resolves nothing", () => {
    expect(collectListeners('const app = require("./app");\napp.listen(3104);\n', "server.js").listeners.map((l) => [l.port, l.identity])).toEqual([[3104, {}]]);
  });
});

describe("port values exported by a local module", () => {
  it.each<[string, string, Found[]]>([
    ["config.port from module.exports = { port: env || 3020 }, located at the use", "config-module/index.js", [{ port: 3020, framework: "express", at: [6, 12, 23], fallback: true, envKey: "PORT" }]],
    ["named TypeScript constants, one plain and one an env fallback", "config-module/main.ts", [
      { port: 3021, framework: "express", at: [4, 18, 22] },
      { port: 3022, framework: "express", at: [5, 18, 28], fallback: true, envKey: "ADMIN_PORT" },
    ]],
    ["destructured from require()", "config-module/destructured.js", [{ port: 3020, framework: "http", at: [4, 28, 32], fallback: true, envKey: "PORT" }]],
  ])("%s", (_name, file, expected) => {
    expect(listenersOf(file)).toEqual(expected);
  });

  it("the config module itself opens nothing (its db.port is a client's)", () => {
    expect(listenersOf("config-module/config.js")).toEqual([]);
    expect(listenersOf("config-module/constants.ts")).toEqual([]);
  });
});
