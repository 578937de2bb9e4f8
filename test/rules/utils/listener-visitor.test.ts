// The collector, API by API: which calls are listeners, which port token each one points at,
// and which look-alikes (clients, attach modes, proxies) stay quiet.
import { describe, expect, it } from "vitest";
import { check, collectListeners, type Case } from "./collect-listeners.js";

describe("listener fields", () => {
  it("builds a code listener: role bind, source code, non-root, scope per file, exact origin", () => {
    const { listeners, findings } = collectListeners('import express from "express";\nexpress().listen(3000);\n', "src/app.ts");
    expect(findings).toEqual([]);
    expect(listeners).toEqual([
      {
        port: 3000,
        protocol: "tcp",
        role: "bind",
        source: "code",
        identity: { framework: "express" },
        privilege: { user: "non-root", capAdd: [], network: "own" },
        origin: { file: "src/app.ts", line: 2, column: 18, endLine: 2, endColumn: 22 },
        scope: "code:src/app.ts",
      },
    ]);
  });

  it("marks an env fallback and names the variable", () => {
    const { listeners } = collectListeners('const http = require("http");\nhttp.createServer().listen(process.env.PORT || 3000);\n', "a.js");
    expect(listeners[0]?.origin).toEqual({ file: "a.js", line: 2, column: 48, endLine: 2, endColumn: 52, fallback: true });
    expect(listeners[0]?.identity).toEqual({ framework: "http", envKey: "PORT" });
  });
});

const node: Case[] = [
  { name: "http.createServer().listen(port)", code: 'import http from "http";\nhttp.createServer(handler).listen(«8080»);', expected: [{ port: 8080, framework: "http" }] },
  { name: "node: prefix and namespace import", code: 'import * as https from "node:https";\nhttps.createServer(opts, app).listen(«8443»);', expected: [{ port: 8443, framework: "https" }] },
  { name: "renamed named import", code: 'import { createServer as make } from "node:http";\nmake().listen(«3001»);', expected: [{ port: 3001, framework: "http" }] },
  { name: "require with destructuring", code: 'const { createServer } = require("http");\nconst server = createServer();\nserver.listen(«3002», "127.0.0.1", 511, () => {});', expected: [{ port: 3002, framework: "http", hostIp: "127.0.0.1" }] },
  { name: "server in a variable, assigned later", code: 'const net = require("node:net");\nlet server;\nserver = net.createServer();\nserver.listen(«4000»);', expected: [{ port: 4000, framework: "net" }] },
  { name: "options object {port, host}", code: 'import tls from "tls";\ntls.createServer(opts).listen({ port: «8000», host: "0.0.0.0" });', expected: [{ port: 8000, framework: "tls", hostIp: "0.0.0.0" }] },
  { name: "options object held in a const", code: 'import http2 from "http2";\nconst options = { port: «8001» };\nhttp2.createSecureServer(opts).listen(options);', expected: [{ port: 8001, framework: "http2" }] },
  { name: "new http.Server(app)", code: 'const http = require("http");\nconst server = new http.Server(app);\nserver.listen(«3003»);', expected: [{ port: 3003, framework: "http" }] },
  { name: "require('http').Server(app) in a var list", code: 'var express = require("express"),\n  app = express(),\n  server = require("http").Server(app);\nvar port = process.env.PORT || «4000»;\nserver.listen(port);', expected: [{ port: 4000, framework: "http", fallback: true, envKey: "PORT" }] },
  { name: "IPC path is not a port", code: 'import net from "net";\nnet.createServer().listen("/tmp/app.sock");', expected: [] },
  { name: "listen() with no port", code: 'import http from "http";\nhttp.createServer().listen(() => {});', expected: [] },
];

const dgram: Case[] = [
  { name: "createSocket().bind(port)", code: 'import dgram from "node:dgram";\nconst socket = dgram.createSocket("udp4");\nsocket.bind(«41234»);', expected: [{ port: 41234, framework: "dgram", protocol: "udp" }] },
  { name: "bind({port, address})", code: 'const dgram = require("dgram");\ndgram.createSocket("udp6").bind({ port: «5353», address: "::" });', expected: [{ port: 5353, framework: "dgram", protocol: "udp", hostIp: "::" }] },
];

const frameworks: Case[] = [
  { name: "Express app.listen", code: 'import express from "express";\nconst app = express();\napp.listen(«3000», () => {});', expected: [{ port: 3000, framework: "express" }] },
  { name: "Express app exported too", code: 'var express = require("express");\nvar app = module.exports = express();\napp.listen(«3000»);', expected: [{ port: 3000, framework: "express" }] },
  { name: "Koa", code: 'import Koa from "koa";\nconst app = new Koa();\napp.listen(«3004»);', expected: [{ port: 3004, framework: "koa" }] },
  { name: "Polka", code: 'const polka = require("polka");\npolka().get("/", h);\npolka().listen(«3005»);', expected: [{ port: 3005, framework: "polka" }] },
  { name: "Restify", code: 'import restify from "restify";\nconst server = restify.createServer({ name: "api" });\nserver.listen(«8081»);', expected: [{ port: 8081, framework: "restify" }] },
  { name: "Fastify listen({port, host})", code: 'import Fastify from "fastify";\nconst fastify = Fastify({ logger: true });\nawait fastify.listen({ port: «3006», host: "0.0.0.0" });', expected: [{ port: 3006, framework: "fastify", hostIp: "0.0.0.0" }] },
  { name: "Fastify named import", code: 'import { fastify } from "fastify";\nfastify().listen({ port: «3007» });', expected: [{ port: 3007, framework: "fastify" }] },
  { name: "hapi Hapi.server({port})", code: 'const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «3008», host: "localhost" });\nawait server.start();', expected: [{ port: 3008, framework: "hapi", hostIp: "localhost" }] },
  { name: "hapi new Hapi.Server({port})", code: 'import Hapi from "@hapi/hapi";\nconst server = new Hapi.Server({ port: «3009» });', expected: [{ port: 3009, framework: "hapi" }] },
  { name: "NestJS behind await", code: 'import { NestFactory } from "@nestjs/core";\nasync function bootstrap() {\n  const app = await NestFactory.create(AppModule);\n  await app.listen(process.env.PORT ?? «3000»);\n}', expected: [{ port: 3000, framework: "nestjs", fallback: true, envKey: "PORT" }] },
  { name: "Hono serve({port})", code: 'import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: «8787» });', expected: [{ port: 8787, framework: "hono" }] },
  { name: "Hono renamed serve", code: 'import { serve as start } from "@hono/node-server";\nstart({ fetch: app.fetch, port: «8788» }, (info) => {});', expected: [{ port: 8788, framework: "hono" }] },
  { name: "ws new WebSocketServer({port})", code: 'import { WebSocketServer } from "ws";\nconst wss = new WebSocketServer({ port: «8082» });', expected: [{ port: 8082, framework: "ws" }] },
  { name: "ws WebSocket.Server via require", code: 'const WebSocket = require("ws");\nconst wss = new WebSocket.Server({ port: «8083» });', expected: [{ port: 8083, framework: "ws" }] },
  { name: "socket.io new Server(port)", code: 'import { Server } from "socket.io";\nconst io = new Server(«3010», { cors: {} });', expected: [{ port: 3010, framework: "socket.io" }] },
  { name: "socket.io io.listen(port)", code: 'import { Server } from "socket.io";\nconst io = new Server({ cors: {} });\nio.listen(«3011»);', expected: [{ port: 3011, framework: "socket.io" }] },
  { name: "socket.io require(...)(port)", code: 'const io = require("socket.io")(«3012»);', expected: [{ port: 3012, framework: "socket.io" }] },
  { name: "gRPC bindAsync string", code: 'const grpc = require("@grpc/grpc-js");\nconst server = new grpc.Server();\nserver.bindAsync("0.0.0.0:«50051»", grpc.ServerCredentials.createInsecure(), () => {});', expected: [{ port: 50051, framework: "grpc", hostIp: "0.0.0.0" }] },
  { name: "gRPC IPv6 address", code: 'import * as grpc from "@grpc/grpc-js";\nnew grpc.Server().bindAsync("[::]:«50052»", creds, cb);', expected: [{ port: 50052, framework: "grpc", hostIp: "::" }] },
  { name: "gRPC template with const port", code: 'import * as grpc from "@grpc/grpc-js";\nconst PORT = «50053»;\nconst server = new grpc.Server();\nserver.bindAsync(`0.0.0.0:${PORT}`, creds, cb);', expected: [{ port: 50053, framework: "grpc" }] },
  { name: "gRPC template with env fallback", code: 'const grpc = require("@grpc/grpc-js");\nconst port = process.env.PORT || «50054»;\nnew grpc.Server().bindAsync(`0.0.0.0:${port}`, creds, cb);', expected: [{ port: 50054, framework: "grpc", fallback: true, envKey: "PORT" }] },
  { name: "gRPC host from a variable, port in the template", code: 'const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync(`${host}:«50055»`, creds, cb);', expected: [{ port: 50055, framework: "grpc" }] },
  { name: "gRPC concatenation", code: 'const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:" + «50056», creds, cb);', expected: [{ port: 50056, framework: "grpc", hostIp: "0.0.0.0" }] },
  { name: "Deno.serve({port}, handler)", code: 'Deno.serve({ port: «8000», hostname: "127.0.0.1" }, (req) => new Response("hi"));', expected: [{ port: 8000, framework: "deno", hostIp: "127.0.0.1" }] },
  { name: "Deno.listen({port})", code: 'const listener = Deno.listen({ port: «8001» });', expected: [{ port: 8001, framework: "deno-net" }] },
  { name: "Bun.serve({port})", code: 'Bun.serve({ port: «3013», fetch(req) { return new Response("ok"); } });', expected: [{ port: 3013, framework: "bun" }] },
];

const values: Case[] = [
  { name: "const variable", code: 'import express from "express";\nconst PORT = «3100»;\nexpress().listen(PORT);', expected: [{ port: 3100, framework: "express" }] },
  { name: "property of a const object", code: 'import express from "express";\nconst config = { http: { port: «3101» } };\nexpress().listen(config.http.port);', expected: [{ port: 3101, framework: "express" }] },
  { name: "destructured from a const object", code: 'import express from "express";\nconst config = { port: «3102» };\nconst { port } = config;\nexpress().listen(port);', expected: [{ port: 3102, framework: "express" }] },
  { name: "shorthand { port } from a const", code: 'import Fastify from "fastify";\nconst port = «3108»;\nFastify().listen({ port, host: "::" });', expected: [{ port: 3108, framework: "fastify", hostIp: "::" }] },
  { name: "numeric string: digits inside the quotes", code: 'import express from "express";\nexpress().listen("«3103»");', expected: [{ port: 3103, framework: "express" }] },
  { name: "template string", code: 'import express from "express";\nexpress().listen(`«3104»`);', expected: [{ port: 3104, framework: "express" }] },
  { name: "Number(...)", code: 'import express from "express";\nexpress().listen(Number(«3105»));', expected: [{ port: 3105, framework: "express" }] },
  { name: "unary +", code: 'import express from "express";\nexpress().listen(+"«3106»");', expected: [{ port: 3106, framework: "express" }] },
  { name: "computed constant: the whole expression", code: 'import express from "express";\nconst BASE = 3000;\nexpress().listen(«BASE + 107»);', expected: [{ port: 3107, framework: "express" }] },
  { name: "env ?? fallback", code: 'import express from "express";\nexpress().listen(process.env.PORT ?? «8080»);', expected: [{ port: 8080, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "parseInt(env, 10) || fallback", code: 'import express from "express";\nexpress().listen(parseInt(process.env.PORT, 10) || «3000»);', expected: [{ port: 3000, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "Number(env) || fallback", code: 'import express from "express";\nexpress().listen(Number(process.env.APP_PORT) || «3001»);', expected: [{ port: 3001, framework: "express", fallback: true, envKey: "APP_PORT" }] },
  { name: "parseInt(env || 'fallback', 10)", code: 'import http from "http";\nconst port = parseInt(process.env.PORT || "«3002»", 10);\nhttp.createServer().listen(port);', expected: [{ port: 3002, framework: "http", fallback: true, envKey: "PORT" }] },
  { name: "env with a string fallback", code: 'import express from "express";\nexpress().listen(process.env["PORT"] || "«8081»");', expected: [{ port: 8081, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "destructured env with a default", code: 'import express from "express";\nconst { PORT = «3003» } = process.env;\nexpress().listen(PORT);', expected: [{ port: 3003, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "parameter default", code: 'import express from "express";\nexport function start(port = «3004») {\n  express().listen(port);\n}', expected: [{ port: 3004, framework: "express", fallback: true }] },
  { name: "ternary on env", code: 'import express from "express";\nexpress().listen(process.env.PORT ? Number(process.env.PORT) : «3005»);', expected: [{ port: 3005, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "import.meta.env and Deno.env", code: 'Bun.serve({ port: import.meta.env.PORT ?? «3006», fetch });\nDeno.serve({ port: Number(Deno.env.get("HTTP_PORT")) || «3007» }, h);', expected: [{ port: 3006, framework: "bun", fallback: true, envKey: "PORT" }, { port: 3007, framework: "deno", fallback: true, envKey: "HTTP_PORT" }] },
  { name: "known left side wins over the fallback", code: 'import express from "express";\nconst FIXED = «4100»;\nexpress().listen(FIXED || 3000);', expected: [{ port: 4100, framework: "express" }] },
  { name: "out-of-range literal stays a listener (valid-port reports it)", code: 'import express from "express";\nexpress().listen(«70000»);', expected: [{ port: 70000, framework: "express" }] },
  { name: "negative literal", code: 'import express from "express";\nexpress().listen(«-1»);', expected: [{ port: -1, framework: "express" }] },
  { name: "one const used by two listeners: the second is located at its own argument", code: 'import express from "express";\nconst PORT = «3200»;\nexpress().listen(PORT);\nexpress().listen(«PORT»);', expected: [{ port: 3200, framework: "express" }, { port: 3200, framework: "express" }] },
  { name: "two listeners in source order", code: 'import express from "express";\nconst a = express();\nconst b = express();\nb.listen(«3000»);\na.listen(«3000»);', expected: [{ port: 3000, framework: "express" }, { port: 3000, framework: "express" }] },
];

const configFiles: Case[] = [
  { name: "vite server.port, preview.port, server.hmr.port", filename: "vite.config.ts", code: 'import { defineConfig } from "vite";\nexport default defineConfig({\n  server: { port: «5173», hmr: { port: «24678», clientPort: 443 }, proxy: { "/api": { target: "http://localhost:8080" } } },\n  preview: { port: «4173» },\n});', expected: [{ port: 5173, framework: "vite" }, { port: 24678, framework: "vite" }, { port: 4173, framework: "vite" }] },
  { name: "vite function config", filename: "vite.config.mts", code: 'import { defineConfig } from "vite";\nexport default defineConfig(({ mode }) => ({ server: { port: Number(process.env.VITE_PORT) || «5174» } }));', expected: [{ port: 5174, framework: "vite", fallback: true, envKey: "VITE_PORT" }] },
  { name: "webpack devServer.port via module.exports", filename: "webpack.config.js", code: 'const config = {\n  entry: "./src/index.js",\n  devServer: { port: «8082», client: { webSocketURL: "ws://0.0.0.0:8080/ws" } },\n};\nmodule.exports = config;', expected: [{ port: 8082, framework: "webpack-dev-server" }] },
  { name: "webpack.config.dev.js, array of configs", filename: "webpack.config.dev.js", code: 'module.exports = [{ devServer: { port: «9000» } }, { entry: "x" }];', expected: [{ port: 9000, framework: "webpack-dev-server" }] },
];

const quiet: Case[] = [
  { name: "net.connect and createConnection", code: 'import net from "net";\nnet.connect(5432, "db");\nnet.createConnection({ port: 6379 });', expected: [] },
  { name: "socket.connect(port)", code: 'import net from "net";\nconst socket = new net.Socket();\nsocket.connect(5432);', expected: [] },
  { name: "http.request / http.get with a port", code: 'import http from "http";\nhttp.request({ port: 8080, host: "api" });\nhttp.get({ port: 80 });', expected: [] },
  { name: "fetch and axios", code: 'await fetch("http://localhost:3000/api");\naxios.get("http://localhost:5432");', expected: [] },
  { name: "WebSocket client", code: 'import WebSocket from "ws";\nconst ws = new WebSocket("ws://localhost:8080");', expected: [] },
  { name: "ws attached to a server or noServer", code: 'import { WebSocketServer } from "ws";\nnew WebSocketServer({ server, port: 8080 });\nnew WebSocketServer({ noServer: true });', expected: [] },
  { name: "socket.io attached to an http server", code: 'import http from "http";\nimport { Server } from "socket.io";\nconst server = http.createServer();\nconst io = new Server(server);\nio.attach(server);', expected: [] },
  { name: "socket.io client", code: 'import { io } from "socket.io-client";\nconst socket = io("http://localhost:3000");', expected: [] },
  { name: "database clients with {port}", code: 'import { Pool, Client } from "pg";\nimport mysql from "mysql2";\nimport { createClient } from "redis";\nimport mongoose from "mongoose";\nnew Pool({ port: 5432 });\nnew Client({ port: 5432 });\nmysql.createConnection({ port: 3306 });\ncreateClient({ socket: { port: 6379 } });\nmongoose.connect("mongodb://localhost:27017/db");', expected: [] },
  { name: "redis client's own listen-free API", code: 'const redis = require("redis");\nconst client = redis.createClient({ host: "redis", port: 6379 });', expected: [] },
  { name: "proxy targets", code: 'import { createProxyMiddleware } from "http-proxy-middleware";\napp.use(createProxyMiddleware({ target: "http://localhost:8080" }));', expected: [] },
  { name: "hmr.clientPort only", filename: "vite.config.js", code: 'export default { server: { hmr: { clientPort: 443 } } };', expected: [] },
  { name: "webpack devServer port auto", filename: "webpack.config.js", code: 'module.exports = { devServer: { port: "auto" } };', expected: [] },
  { name: "vite-shaped object outside a vite config", filename: "settings.ts", code: 'export default { server: { port: 5173 } };', expected: [] },
  { name: "a config object is not a listener", code: 'module.exports = { port: process.env.PORT || 8080 };', expected: [] },
  { name: "Function.prototype.bind", code: 'const handler = onRequest.bind(null, 8080);', expected: [] },
  { name: "unknown port value is skipped", code: 'import express from "express";\nimport { port } from "./config";\nexpress().listen(port);\nexpress().listen(getPort());', expected: [] },
  { name: "reassigned variable is skipped", code: 'import express from "express";\nlet port = 3000;\nif (flag) port = 4000;\nexpress().listen(port);', expected: [] },
  { name: "listen without a port on an unknown object", code: '$app.listen({ ready() {}, exit() {} });\nemitter.listen("change");', expected: [] },
  { name: "hapi without a port (default)", code: 'import Hapi from "@hapi/hapi";\nHapi.server({ host: "localhost" });', expected: [] },
  { name: "gRPC client with an address", code: 'const grpc = require("@grpc/grpc-js");\nconst client = new Greeter("localhost:50051", grpc.credentials.createInsecure());', expected: [] },
  { name: "gRPC unix socket", code: 'const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("unix:/tmp/grpc.sock", creds, cb);', expected: [] },
  { name: "shadowed require", code: 'function require(x) { return x; }\nconst express = require("express");\nexpress().listen(require(3000) ? 1 : 2);', expected: [] },
  { name: "shadowed Deno", code: 'const Deno = { serve() {} };\nDeno.serve({ port: 8000 });', expected: [] },
  { name: "dgram send is not a bind", code: 'import dgram from "dgram";\ndgram.createSocket("udp4").send(msg, 41234, "host");', expected: [] },
];

describe.each([
  ["Node net/http/https/http2/tls", node],
  ["dgram", dgram],
  ["frameworks and runtimes", frameworks],
  ["port values", values],
  ["bundler config files", configFiles],
  ["not listeners", quiet],
])("%s", (_group, cases) => {
  it.each(cases.map((each) => [each.name, each] as const))("%s", (_name, each) => check(each));
});

describe("untraced receivers", () => {
  it("x.listen(<port literal>) is a listener with no framework (frameworks required by relative path)", () => {
    check({ name: "", code: 'var express = require("../../");\nvar app = express();\napp.listen(«3000»);', expected: [{ port: 3000 }] });
  });

  it("x.listen({ port }) likewise", () => {
    check({ name: "", code: 'const fastify = require("../fastify")({ logger: true });\nfastify.listen({ port: «8000» }, (err) => {});', expected: [{ port: 8000 }] });
  });

  it("bindAsync on an untraced receiver is gRPC", () => {
    check({ name: "", code: "this.server.bindAsync('localhost:«5000»', creds, () => {});", expected: [{ port: 5000, framework: "grpc", hostIp: "localhost" }] });
  });
});

describe("values that are not ports become valid-port findings", () => {
  it.each([
    ['{ port: "abc" }', 'import express from "express";\nexpress().listen({ port: "abc" });', '"abc"', [2, 27, 2, 30]],
    ["3000.5", 'import express from "express";\nexpress().listen(3000.5);', "3000.5", [2, 18, 2, 24]],
    ['gRPC "0.0.0.0:http"', 'const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:http", c, f);', '"http"', [2, 38, 2, 42]],
  ] as const)("%s", (_name, code, value, at) => {
    const { listeners, findings } = collectListeners(code, "bad.ts");
    expect(listeners).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.data.value, [f.origin.line, f.origin.column, f.origin.endLine, f.origin.endColumn]])).toEqual([
      ["valid-port", "malformed", value, at],
    ]);
  });
});

describe("TypeScript syntax", () => {
  it("follows casts, non-null assertions, satisfies and type arguments", () => {
    check({
      name: "",
      code: 'import { NestFactory } from "@nestjs/core";\nimport type { INestApplication } from "@nestjs/common";\nconst PORT = «3000» as const;\nconst app = (await NestFactory.create<INestApplication>(AppModule))!;\nawait app.listen(PORT satisfies number);\nconst cfg = { port: «4000» } as { port: number };\nBun.serve({ ...cfg, port: cfg.port!, fetch });',
      expected: [{ port: 3000, framework: "nestjs" }, { port: 4000, framework: "bun" }],
    });
  });
});

describe("sharing", () => {
  it("collects once per file: every rule that asks gets the same result object", async () => {
    const { Linter } = await import("eslint");
    const { onFileListeners } = await import("../../../rules/utils/listener-visitor.js");
    const seen: unknown[] = [];
    let visitors = 0;
    const probe = {
      meta: { schema: [] },
      create: (context: never) => {
        const visitor = onFileListeners(context, (result) => seen.push(result));
        if (Object.keys(visitor).length > 0) visitors += 1;
        return visitor;
      },
    };
    const rules = { a: probe, b: probe, c: probe } as never;
    new Linter().verify('const express = require("express");\nexpress().listen(3000);', [
      { plugins: { probe: { rules } }, rules: { "probe/a": "error", "probe/b": "error", "probe/c": "error" } },
    ]);
    expect(visitors).toBe(1);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });
});

describe("one walk for the plugin's rules", () => {
  it("all six rules on: one rule's visitor collects, each call is visited once, every rule reports", async () => {
    const { Linter } = await import("eslint");
    const { rules } = await import("../../../rules/index.js");
    let visitors = 0;
    let callVisits = 0;
    const counted = Object.fromEntries(
      Object.entries(rules).map(([name, rule]) => [
        name,
        {
          ...rule,
          create(context: never) {
            const visitor = (rule as unknown as { create(context: never): Record<string, (node: never) => void> }).create(context);
            if (Object.keys(visitor).length === 0) return visitor;
            visitors += 1;
            const onCall = visitor.CallExpression;
            return onCall ? { ...visitor, CallExpression: (node: never) => ((callVisits += 1), onCall(node)) } : visitor;
          },
        },
      ]),
    );
    const code = 'const express = require("express");\nexpress().listen(50000);\nexpress().listen(6667);\nexpress().listen(80);\n';
    const messages = new Linter().verify(code, [
      { plugins: { pp: { rules: counted as never } }, rules: Object.fromEntries(Object.keys(rules).map((name) => [`pp/${name}`, "error"])) },
    ]);
    expect(visitors).toBe(1);
    // require(), three express() calls and three listen() calls
    expect(callVisits).toBe(7);
    expect(messages.map((message) => [message.ruleId, message.line, message.column]).sort()).toEqual([
      ["pp/no-browser-unsafe-port", 3, 18],
      ["pp/no-dynamic-port", 2, 18],
      ["pp/no-privileged-port", 4, 18],
    ]);
  });
});
