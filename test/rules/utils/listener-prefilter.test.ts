// The text prefilter (rules/utils/listener-prefilter.ts): what it lets through, what it skips,
// and its safety: over every JS/TS file of the shared corpus and the fixtures, and a sample of
// the real repositories in /work/realworld, the full analysis runs beside it and no file with a
// listener may be skipped. `npm run bench:repo` runs the same check over every real file.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mayOpenListener } from "../../../rules/utils/listener-prefilter.js";
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
  ])("skips %s", (_name, text) => {
    expect(mayOpenListener(text, "/repo/src/lib.ts")).toBe(false);
  });

  // One snippet per listener form, in the shapes of real code (issue 12's list included): the
  // prefilter must let each through whether or not the collector models the form yet.
  it.each([
    ["Node listen", "server.listen(PORT);"],
    ["dgram bind", "socket.bind(8125);"],
    ["dgram bind with options", "socket.bind({ port: 8125, exclusive: true });"],
    ["dgram bind on a variable", "socket.bind(PORT);"],
    ["dgram bind on a member of the socket's owner", "this.socket.bind(this.port);"],
    ["dgram bind on the socket's own port property", "server.socket.bind(server.port);"],
    ["gRPC bindAsync", 'server.bindAsync("0.0.0.0:50051", creds, cb);'],
    ["socket.io attach", "io.attach(3000);"],
    ["ws options", 'import { WebSocketServer } from "ws";\nnew WebSocketServer({ port: 8080 });'],
    ["ws through a default import", "const wss = new WebSocket.Server({ port });"],
    ["socket.io on a port", 'const io = require("socket.io")(3000);'],
    ["socket.io Server on a port", 'import { Server } from "socket.io";\nnew Server(3000);'],
    ["hapi", "const server = Hapi.server({ port: 3000, host: 'localhost' });"],
    ["Hono's serve", 'import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: 8787 });'],
    ["Deno.serve", "Deno.serve({ port: 8000 }, handler);"],
    ["Deno.listenTls", "const listener = Deno.listenTls({ port: 443, cert, key });"],
    ["Bun.serve", "Bun.serve({ port: 3000, fetch: app.fetch });"],
    ["Bun's default export", "export default {\n  port: 3000,\n  fetch(request) { return new Response('ok'); },\n};"],
    ["an imported app", 'const app = require("./app");\napp.listen(50000);'],
    ["Deno std serve", 'import { serve } from "https://deno.land/std/http/server.ts";\nserve(handler, { port: 8000 });'],
    ["listenAndServe", 'listenAndServe(":8080", handler);'],
    ["Apollo's standalone server", "await startStandaloneServer(server, { listen: { port: 4000 } });"],
    ["WebpackDevServer", "const devServer = new WebpackDevServer({ port: 9000 }, compiler);"],
    ["Elysia", "new Elysia().get('/', () => 'hi').listen(3000);"],
    ["oak", "await app.listen({ port: 8000 });"],
    ["chained polka", "polka().use(cors()).listen(PORT);"],
    ["a computed method name", 'server["listen"](3000);'],
    ["a method name written with escapes", "server.li\\u0073ten(3000);"],
    ["a default import named freely", 'import makeIo from "socket.io";\nmakeIo(3000);'],
    ["a Vite config given to Vite's API", 'await createServer({ server: { port: 5173 } });'],
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
  // repository's files (every fifth by sorted path, at most 25, none over 200 KB: bundles cost
  // most and open nothing), which covers every repository and changes only when they do;
  // `npm run bench:repo` checks every file.
  const repositories = existsSync(REALWORLD)
    ? readdirSync(REALWORLD)
        .filter((name) => name.includes("+") && statSync(join(REALWORLD, name)).isDirectory())
        .sort()
    : [];
  it.skipIf(repositories.length === 0)(
    repositories.length > 0 ? `over a sample of ${repositories.length} real repositories in ${REALWORLD}` : `over real repositories: skipped, ${REALWORLD} is absent`,
    () => {
      const missed: string[] = [];
      let withListeners = 0;
      for (const name of repositories) {
        const sample = codeFilesUnder(join(REALWORLD, name))
          .filter((file, index) => index % 5 === 0 && statSync(file).size <= 200_000)
          .slice(0, 25);
        const tally = checkPrefilter(sample);
        missed.push(...tally.missed);
        withListeners += tally.withListeners;
      }
      expect(missed).toEqual([]);
      expect(withListeners).toBeGreaterThan(0);
    },
    600_000,
  );
});
