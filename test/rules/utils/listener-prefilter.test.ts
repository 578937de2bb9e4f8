// The text prefilter (rules/utils/listener-prefilter.ts): what it lets through, what it skips,
// and its safety: over every JS/TS file of the shared corpus and the fixtures, and a sample of
// the real repositories in /work/realworld, the full analysis runs beside it and no file with a
// listener may be skipped. `npm run bench:repo` runs the same check over every real file.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mayOpenListener } from "../../../rules/utils/listener-prefilter.js";
import { tempDir, writeFiles } from "../../scan/scan-fixture.js";
import { checkPrefilter, codeFilesUnder } from "./prefilter-safety.js";

describe("mayOpenListener", () => {
  it.each([
    ["import, export and report are not port", 'import { report } from "./report";\nexport const transport = support();\n'],
    ["listener and listeners are not listen", "emitter.addListener('x', listener);\nlisteners.push(onData);\n"],
    ["a library without server words", "export class Cache {\n  get(key) { return this.map.get(key); }\n}\n"],
    ["a port number alone, in a client", "new Pool({ host: 'db', port: 5432 });\n"],
    ["functions bound with bind(this)", "this.onData = this.onData.bind(this);\nconst f = g.bind(null, 1);\n"],
    ["methods bound to their own object", "const write = process.stdout.write.bind(process.stdout);\nconst next = cursor.next.bind(cursor);\nconst query = manager.queryRunner!.query.bind(\n  manager.queryRunner,\n);\n"],
    ["words in comments and prose", "/** Starts the Server: call listen() first. */\nconst hint = 'server.listen(3000) in a template';\n"],
    ["open without the inspector", "fs.open(path, 'r', cb);\nwindow.open(url);\n"],
    ["a string naming a module in prose", "const hint = 'socket.io is a library';\n"],
    ["a code generator's template", "const main = `import express from 'express';\nconst app = express();\napp.listen(3000);\n`;\n"],
    // Each a form's words without its module: what typeorm's sources taught.
    ["a database client's options with server and port (mssql)", "const pool = new ConnectionPool({ server: credentials.host, port: 1433 });\n"],
    ["a prepared statement's bind (sql.js)", "const statement = database.prepare(query);\nstatement.bind(parameters);\n"],
    ["a container's start and its mapped port (testcontainers)", 'const container = await new GenericContainer("redis").start();\nconst port = container.getMappedPort(6379);\n'],
    ["a class of one's own named Server", "class Server {}\nconst server = new Server(3000);\n"],
    ["a module word outside a specifier", "const hapi = plugins.hapi;\nconst server = hapi.server({ port: 3000 });\n"],
  ])("skips %s", (_name, text) => {
    expect(mayOpenListener(text, "/repo/src/lib.ts")).toBe(false);
  });

  // One snippet per listener form, in the shapes of real code (issue 12's list included): the
  // prefilter must let each through whether or not the collector models the form yet.
  it.each([
    ["Node listen", "server.listen(PORT);"],
    ["dgram bind", 'import dgram from "node:dgram";\nsocket.bind(8125);'],
    ["dgram bind with options", 'const dgram = require("dgram");\nsocket.bind({ port: 8125, exclusive: true });'],
    ["dgram bind on a variable", 'import { createSocket } from "dgram";\nsocket.bind(PORT);'],
    ["dgram bind on a member of the socket's owner", 'import * as dgram from "dgram";\nthis.socket.bind(this.port);'],
    ["dgram bind on the socket's own port property", 'import dgram from "node:dgram";\nserver.socket.bind(server.port);'],
    ["gRPC bind", 'const grpc = require("@grpc/grpc-js");\nserver.bind("0.0.0.0:50051", credentials);'],
    ["gRPC bindAsync", 'server.bindAsync("0.0.0.0:50051", creds, cb);'],
    ["socket.io attach", 'import { Server } from "socket.io";\nio.attach(3000);'],
    ["ws options", 'import { WebSocketServer } from "ws";\nnew WebSocketServer({ port: 8080 });'],
    ["ws through a default import", 'import WebSocket from "ws";\nconst wss = new WebSocket.Server({ port });'],
    ["socket.io on a port", 'const io = require("socket.io")(3000);'],
    ["socket.io Server on a port", 'import { Server } from "socket.io";\nnew Server(3000);'],
    ["hapi", "import Hapi from '@hapi/hapi';\nconst server = Hapi.server({ port: 3000, host: 'localhost' });"],
    ["hapi through npm: in Deno", "import Hapi from 'npm:@hapi/hapi@21';\nconst server = Hapi.server({ port: 3000 });"],
    ["Hono's serve", 'import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: 8787 });'],
    ["Deno.serve", "Deno.serve({ port: 8000 }, handler);"],
    ["Deno.listenTls", "const listener = Deno.listenTls({ port: 443, cert, key });"],
    ["Bun.serve", "Bun.serve({ port: 3000, fetch: app.fetch });"],
    ["Bun's default export", "export default {\n  port: 3000,\n  fetch(request) { return new Response('ok'); },\n};"],
    ["an imported app", 'const app = require("./app");\napp.listen(50000);'],
    ["Deno std serve", 'import { serve } from "https://deno.land/std/http/server.ts";\nserve(handler, { port: 8000 });'],
    ["listenAndServe", 'listenAndServe(":8080", handler);'],
    ["Apollo's standalone server", "await startStandaloneServer(server, { listen: { port: 4000 } });"],
    ["lume's server", 'import Server from "lume/core/server.ts";\nconst server = new Server({ port: 8000, root: "_site" });'],
    ["WebpackDevServer", "const devServer = new WebpackDevServer({ port: 9000 }, compiler);"],
    ["Elysia", "new Elysia().get('/', () => 'hi').listen(3000);"],
    ["oak", "await app.listen({ port: 8000 });"],
    ["chained polka", "polka().use(cors()).listen(PORT);"],
    ["a computed method name", 'server["listen"](3000);'],
    ["a method name written with escapes", "server.li\\u0073ten(3000);"],
    ["a default import named freely", 'import makeIo from "socket.io";\nmakeIo(3000);'],
    ["a Vite config given to Vite's API", 'import { createServer } from "vite";\nawait createServer({ server: { port: 5173 } });'],
  ])("lets through %s", (_name, text) => {
    expect(mayOpenListener(text, "/repo/src/server.ts")).toBe(true);
  });

  it("lets a bundler config through by its name alone", () => {
    const text = 'import { defineConfig } from "vite";\nexport default defineConfig({ plugins: [react()] });\n';
    expect(mayOpenListener(text, "/repo/vite.config.ts")).toBe(true);
    expect(mayOpenListener(text, "/repo/webpack.config.dev.js")).toBe(true);
    expect(mayOpenListener(text, "/repo/src/config.ts")).toBe(false);
  });
});

describe("mayOpenListener through the local modules a file imports", () => {
  // The collector follows relative imports (local-modules.ts): a form's module may be named there.
  // A local module named like the package (`./hapi`) counts as naming it: the test is on text.
  const server = 'import { server } from "./web";\nserver({ port: 3000 }).start();\n';
  const verdict = (files: Record<string, string>, entry = "src/main.ts"): boolean => {
    const root = tempDir();
    writeFiles(root, files);
    return mayOpenListener(files[entry] ?? "", join(root, entry));
  };

  it("lets a file through when a module it imports names the form's module", () => {
    expect(verdict({ "src/main.ts": server, "src/web.ts": 'export { server } from "@hapi/hapi";\n' })).toBe(true);
  });

  it("follows imports of imports, written any way the collector reads them", () => {
    const files = {
      "src/main.ts": server,
      "src/web/index.js": "module.exports = require('../lib/make.cjs');\n",
      "src/lib/make.cjs": "const ok = /'/.test(x) ? require(\"./real\") : null;\n",
      "src/lib/real.ts": 'export * from "npm:@hapi/hapi@21";\n',
    };
    expect(verdict(files)).toBe(true);
    expect(verdict({ ...files, "src/lib/real.ts": 'export * from "./nothing";\n' })).toBe(false);
  });

  it("lets a file through when a relative import is the package itself (`require(\"..\")` in its own repository)", () => {
    const files = { "package.json": '{ "name": "@hapi/hapi", "main": "lib/index.js" }\n', "lib/index.js": "module.exports = {};\n", "test/server.js": 'const { server } = require("..");\nserver({ port: 3000 });\n' };
    expect(verdict(files, "test/server.js")).toBe(true);
  });

  it("skips a file whose imports name no such module, and survives an import cycle", () => {
    const files = { "src/main.ts": server, "src/web.ts": 'import "./main";\nexport const server = (options: object) => options;\n' };
    expect(verdict(files)).toBe(false);
  });
});

const CORPUS = fileURLToPath(new URL("../../../../shared/corpus/", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/", import.meta.url));
const REALWORLD = "/work/realworld";

describe("safety: no file with a listener is skipped", () => {
  it("over the fixtures", () => {
    const tally = checkPrefilter(codeFilesUnder(FIXTURES));
    expect(tally.withListeners).toBeGreaterThan(0);
    expect(tally.missed).toEqual([]);
    expect(tally.unparsed).toBe(0);
  });

  it.skipIf(!existsSync(CORPUS))(existsSync(CORPUS) ? "over the shared corpus" : "over the shared corpus: skipped, ../shared/corpus is absent", () => {
    const tally = checkPrefilter(codeFilesUnder(CORPUS));
    expect(tally.withListeners).toBeGreaterThan(0);
    expect(tally.missed).toEqual([]);
  });

  // Every real file would take minutes to parse here, so the test takes a fixed sample of each
  // repository's files (none over 200 KB: bundles cost most and open nothing): the first 25 by
  // sorted path whose text says listen, serve or port, where a skipped listener would hide, and
  // every fifth of the rest up to 25. It changes only when the repositories do; `npm run
  // bench:repo` checks every file. Whatever repositories are there need not open a listener
  // (typeorm opens none), so only the fixtures and the corpus must find some.
  const repositories = existsSync(REALWORLD)
    ? readdirSync(REALWORLD)
        .filter((name) => name.includes("+") && statSync(join(REALWORLD, name)).isDirectory())
        .sort()
    : [];
  it.skipIf(repositories.length === 0)(
    repositories.length > 0 ? `over a sample of ${repositories.length} real repositories in ${REALWORLD}` : `over real repositories: skipped, ${REALWORLD} is absent`,
    () => {
      const missed: string[] = [];
      for (const name of repositories) {
        const files = codeFilesUnder(join(REALWORLD, name)).filter((file) => statSync(file).size <= 200_000);
        const risky = files.filter((file) => /listen|serve|port\b/i.test(readFileSync(file, "utf8")));
        const rest = files.filter((file, index) => index % 5 === 0 && !risky.includes(file));
        missed.push(...checkPrefilter([...risky.slice(0, 25), ...rest.slice(0, 25)]).missed);
      }
      expect(missed).toEqual([]);
    },
    600_000,
  );
});
