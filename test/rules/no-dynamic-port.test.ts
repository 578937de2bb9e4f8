// no-dynamic-port through ESLint, one invalid case per listener API (this file is the API
// coverage of the rule suites), env fallbacks, options and settings, and the look-alikes.
import path from "node:path";
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

const MODULES = path.resolve(import.meta.dirname, "../../fixtures/code/modules");

const EPHEMERAL_OFF = [{ ephemeral: [] }];

ruleTester.run("no-dynamic-port", ruleOf("no-dynamic-port"), {
  valid: [
    valid('import express from "express";\nexpress().listen(3000);'),
    valid('import express from "express";\nexpress().listen(0);', { name: "port 0 lets the OS pick" }),
    valid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: 50000, autoListen: false });', { name: "hapi with autoListen: false never listens" }),
    valid('import net from "net";\nnet.connect(50000, "db");\nnet.createConnection({ port: 50000 });'),
    valid('import http from "http";\nhttp.request({ port: 50000 });\nhttp.get("http://localhost:50000/");'),
    valid('await fetch("http://localhost:50000/");'),
    valid('import WebSocket from "ws";\nnew WebSocket("ws://localhost:50000");'),
    valid('import { WebSocketServer } from "ws";\nnew WebSocketServer({ server, port: 50000 });\nnew WebSocketServer({ noServer: true });'),
    valid('import { Pool } from "pg";\nimport mysql from "mysql";\nimport { createClient } from "redis";\nnew Pool({ port: 50000 });\nmysql.createConnection({ port: 50000 });\ncreateClient({ socket: { port: 50000 } });'),
    valid('export default { server: { port: 5173, hmr: { clientPort: 50000 }, proxy: { "/api": "http://localhost:50000" } } };', { filename: "vite.config.js" }),
    valid('import express from "express";\nimport { PORT } from "./config.js";\nexpress().listen(PORT);', { name: "imported from another file: unknown, skipped" }),
    valid('import express from "express";\nexpress().listen(process.env.PORT);', { name: "env without a fallback" }),
    valid('import express from "express";\nexpress().listen(50000);', { options: [{ allowlist: [{ ports: { from: 50000, to: 50000 }, reason: "legacy tunnel" }] }], name: "allowlisted in options" }),
    valid('import express from "express";\nexpress().listen(50000);', {
      settings: { "port-policy": { allowlist: [{ ports: { from: 49152, to: 65535 }, rules: ["no-dynamic-port"], reason: "test rig" }] } },
      name: "allowlisted in settings",
    }),
    valid('import express from "express";\nexpress().listen(40000);\nexpress().listen(34567);', { name: "Linux's ephemeral range below 49152: no-ephemeral-port's" }),
    valid('import express from "express";\nexpress().listen(40000);', { settings: { "port-policy": { preset: "strict" } }, name: "not even in strict" }),
    valid('import express from "express";\nconst PORT: number = 3000;\nexpress().listen(PORT as number);', TS),
    // Look-alikes of listeners, from real client code
    valid('import pg from "pg";\nconst client = new pg.Client({ port: 50000 });\nawait client.query("LISTEN jobs");\nclient.listen(50000);', { name: "pg client" }),
    valid('import postgres from "postgres";\nconst sql = postgres({ port: 50000 });\nawait sql.listen("jobs", onJob);', { name: "postgres.js LISTEN" }),
    valid('import { EventEmitter } from "events";\nconst bus = new EventEmitter();\nbus.listen(50000);', { name: "an EventEmitter" }),
    valid('const httpProxy = require("http-proxy");\nhttpProxy.createProxyServer({ target: { host: "api", port: 50000 } }).listen(8000);', { name: "a proxy's target port" }),
    valid('export default { server: { proxy: { "/api": { target: "http://localhost:50000", changeOrigin: true } } } };', { filename: "vite.config.ts", name: "vite proxy target" }),
    valid('const db = require("./db");\ndb.listen("jobs");\nrequire("./bus").listen(50000);', { filename: path.join(MODULES, "clients/use.js"), name: "a local module exporting a pool or an emitter" }),
    valid('export function watch(pool) {\n  pool.listen("jobs");\n  pool.listen("jobs", onJob);\n}', { name: "an unknown receiver given a channel name, not a port" }),
    valid('import pg from "pg";\nconst client = new pg.Client();\nawait client.connect();\nclient.on("notification", onJob);\nawait client.query("LISTEN jobs");', { name: "pg LISTEN through query()" }),
  ],
  invalid: [
    // Node core
    invalid('import http from "http";\nhttp.createServer(app).listen(«50000»);', "dynamic"),
    invalid('import https from "node:https";\nconst server = https.createServer(opts, app);\nserver.listen(«50001», "0.0.0.0", () => {});', "dynamic"),
    invalid('import * as http2 from "node:http2";\nhttp2.createSecureServer(opts).listen({ port: «50002», host: "::" });', "dynamic"),
    invalid('const net = require("net");\nnet.createServer(onSocket).listen(«50003»);', "dynamic"),
    invalid('const { createServer } = require("node:tls");\ncreateServer(opts).listen(«50004»);', "dynamic"),
    invalid('const dgram = require("dgram");\nconst socket = dgram.createSocket("udp4");\nsocket.bind(«50005»);', "dynamic"),
    invalid('import dgram from "node:dgram";\ndgram.createSocket("udp6").bind({ port: «50006» });', "dynamic"),
    // Frameworks
    invalid('import express from "express";\nconst app = express();\napp.listen(«50007»);', "dynamic", { name: "Express, exact position", data: { subject: "Port 50007" } }),
    invalid('const Koa = require("koa");\nnew Koa().listen(«50008»);', "dynamic"),
    invalid('import polka from "polka";\npolka().listen(«50009»);', "dynamic"),
    invalid('import restify from "restify";\nrestify.createServer().listen(«50010»);', "dynamic"),
    invalid('import Fastify from "fastify";\nconst fastify = Fastify();\nawait fastify.listen({ port: «50011», host: "0.0.0.0" });', "dynamic"),
    invalid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «50012» });', "dynamic"),
    invalid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «50014», autoListen: true });', "dynamic", { name: "hapi with autoListen: true" }),
    invalid('import Hapi from "@hapi/hapi";\nconst server = new Hapi.Server({ port: «50013», host: "localhost" });', "dynamic"),
    invalid('import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule);\nawait app.listen(«50014»);', "dynamic"),
    invalid('import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: «50015» });', "dynamic"),
    invalid('import { WebSocketServer } from "ws";\nnew WebSocketServer({ port: «50016» });', "dynamic"),
    invalid('import { Server } from "socket.io";\nnew Server(«50017»);', "dynamic"),
    invalid('import { Server } from "socket.io";\nconst io = new Server();\nio.listen(«50018»);', "dynamic"),
    invalid('const grpc = require("@grpc/grpc-js");\nconst server = new grpc.Server();\nserver.bindAsync("0.0.0.0:«50019»", grpc.ServerCredentials.createInsecure(), () => {});', "dynamic"),
    invalid('import * as grpc from "@grpc/grpc-js";\nconst port = «50020»;\nnew grpc.Server().bindAsync(`[::]:${port}`, creds, cb);', "dynamic"),
    invalid('Deno.serve({ port: «50021» }, (_req) => new Response("ok"));', "dynamic"),
    invalid('const listener = Deno.listen({ port: «50022» });', "dynamic"),
    invalid('Bun.serve({ port: «50023», fetch() { return new Response("ok"); } });', "dynamic"),
    invalid('import { defineConfig } from "vite";\nexport default defineConfig({\n  server: { port: «50024», hmr: { port: «50025» } },\n  preview: { port: «50026» },\n});', "dynamic", { filename: "vite.config.ts" }),
    invalid('module.exports = { devServer: { port: «50027» } };', "dynamic", { filename: "webpack.config.js" }),
    // Values
    invalid('import express from "express";\nconst PORT = «50028»;\nexpress().listen(PORT);', "dynamic"),
    invalid('import express from "express";\nexpress().listen(process.env.PORT || «50029»);', "dynamic", { data: { subject: "Fallback port 50029 for PORT" } }),
    invalid('import express from "express";\nexpress().listen(process.env.PORT ?? «50030»);', "dynamic", { data: { subject: "Fallback port 50030 for PORT" } }),
    invalid('import express from "express";\nexpress().listen(parseInt(process.env.PORT, 10) || «50031»);', "dynamic"),
    invalid('import express from "express";\nexpress().listen(Number(process.env.PORT) || «50032»);', "dynamic"),
    invalid('import http from "http";\nconst port = parseInt(process.env.PORT || "«50033»", 10);\nhttp.createServer().listen(port);', "dynamic"),
    invalid('import express from "express";\nexpress().listen(`«50034»`);', "dynamic"),
    invalid('import express from "express";\nexpress().listen(Number("«50035»"));', "dynamic"),
    // Linux's ephemeral range below 49152 is no-ephemeral-port's
    invalid('import express from "express";\nexpress().listen(«50000»);', "dynamic", { options: EPHEMERAL_OFF, name: "IANA range stays on without ephemeral profiles" }),
    // TypeScript
    invalid('import { NestFactory } from "@nestjs/core";\nimport type { INestApplication } from "@nestjs/common";\nasync function bootstrap(): Promise<void> {\n  const app = await NestFactory.create<INestApplication>(AppModule);\n  await app.listen(process.env.PORT ?? «50036»);\n}', "dynamic", TS),
    invalid('import express, { type Express } from "express";\nconst app: Express = express();\nconst PORT = «50037» as const;\napp.listen(PORT satisfies number);', "dynamic", TS),
    invalid('const config = { port: «50038» } as const;\nBun.serve({ port: config.port!, fetch });', "dynamic", TS),
    invalid('import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: «50039» } satisfies object });', "dynamic", { ...TS, filename: "vite.config.mts" }),
    // API forms from real code (issue 12 §2)
    invalid('export default {\n  port: «50041»,\n  fetch(req) {\n    return new Response("ok");\n  },\n};', "dynamic", TS),
    invalid('const io = require("socket.io").listen(«50042»);', "dynamic"),
    invalid('import { serve } from "https://deno.land/std@0.140.0/http/server.ts";\nserve(handler, { port: «50043» });', "dynamic"),
    invalid('import { listenAndServe } from "https://deno.land/std@0.100.0/http/server.ts";\nlistenAndServe(":«50044»", handler);', "dynamic"),
    invalid('import { startStandaloneServer } from "@apollo/server/standalone";\nawait startStandaloneServer(server, { listen: { port: «50045» } });', "dynamic"),
    invalid('const WebpackDevServer = require("webpack-dev-server");\nnew WebpackDevServer({ port: «50046» }, compiler);', "dynamic"),
    invalid('import { Elysia } from "elysia";\nnew Elysia().get("/", () => "hi").listen(«50047»);', "dynamic"),
    invalid('import { Application } from "jsr:@oak/oak";\nconst app = new Application();\nawait app.listen({ port: «50048» });', "dynamic"),
    invalid('import express from "npm:express@4";\nexpress().listen(«50049»);', "dynamic"),
    invalid('const polka = require("polka");\npolka().use(mw).get("/", h).listen(«50050»);', "dynamic"),
    invalid('const { createServer } = require("http");\nconst next = require("next");\nconst app = next({});\napp.prepare().then(() => {\n  createServer(app.getRequestHandler()).once("error", fail).listen(«50051»);\n});', "dynamic"),
    // Local modules (issue 12 §1): real files under fixtures/code/modules
    invalid('const app = require("./app");\napp.listen(process.env.PORT || «50052»);', "dynamic", { filename: path.join(MODULES, "app-and-server/start.js"), name: "app.js exports the app" }),
    invalid('var express = require("../../");\nvar app = express();\napp.listen(«50053»);', "dynamic", { filename: path.join(MODULES, "framework-repo/examples/hello/other.js"), name: "require of the framework by path" }),
    invalid('const build = require("./app");\nconst app = await build();\nawait app.listen({ port: «50054» });', "dynamic", { filename: path.join(MODULES, "factory/start.mjs"), name: "an app factory" }),
    // Port values (issue 12 §3)
    invalid('import http from "http";\nconst server = http.createServer();\nlet port = «50055»;\nserver.listen(port, () => {\n  port = server.address().port;\n});', "dynamic"),
    invalid('import express from "express";\nclass App {\n  constructor() {\n    this.app = express();\n    this.port = «50056»;\n  }\n  start() {\n    this.app.listen(this.port);\n  }\n}', "dynamic"),
    invalid('import http from "http";\nconst port = normalizePort(process.env.PORT || "«50057»");\nhttp.createServer(app).listen(port);\nfunction normalizePort(val) {\n  const port = parseInt(val, 10);\n  if (isNaN(port)) return val;\n  if (port >= 0) return port;\n  return false;\n}', "dynamic"),
    invalid('import express from "express";\nexpress().listen(parseInt("«c350»", 16));', "dynamic", { name: "parseInt radix 16: c350 is 50000" }),
    // Config files (issue 12 §4)
    invalid('import { defineConfig } from "vite";\nexport default defineConfig(async () => ({ server: { port: «50058» } }));', "dynamic", { filename: "vite.main.config.ts" }),
    invalid('export default { plugins: [{ name: "p", config: () => ({ server: { port: «50059» } }) }] };', "dynamic", { filename: "vite.config-e2e.js" }),
    // Issue 12 audit: each remaining form of the issue at rule level (rule id, line, column)
    invalid('import { Server } from "https://deno.land/std@0.170.0/http/server.ts";\nconst server = new Server({ port: «50062», handler });\nawait server.listenAndServe();', "dynamic", { name: "Deno std new Server({ port })" }),
    invalid('const options = {\n  port: «50063»,\n  fetch(req) {\n    return new Response("ok");\n  },\n};\nBun.serve(options);', "dynamic", { name: "Bun.serve with its fetch object in a const" }),
    invalid('import { defineConfig } from "vite";\nexport default defineConfig({ plugins: [vue()], devtools: { enabled: true, port: «50064» } });', "dynamic", { filename: "vite.config.ts", name: "Vite devtools.port" }),
    invalid('import { defineConfig } from "vite";\nexport default defineConfig(() => ({\n  server: { host: true, port: «50065» },\n}));', "dynamic", { filename: "vite.config.js", name: "defineConfig(() => ({ … }))" }),
    invalid('const WebSocket = require("..");\nconst wss = new WebSocket.Server({ port: «50066» });', "dynamic", { filename: path.join(MODULES, "ws-repo/examples/echo.js"), name: 'ws: require("..") in its own repository' }),
    invalid('const Hapi = require("../lib");\nconst server = Hapi.server({ port: «50067», host: "localhost" });', "dynamic", { filename: path.join(MODULES, "hapi-repo/test/other.js"), name: 'hapi: require("../lib") in its own repository' }),
    invalid('const { Server } = require("..");\nconst io = new Server(«50068»);', "dynamic", { filename: path.join(MODULES, "socketio-repo/test/server.js"), name: 'socket.io: require("..") in its own repository' }),
    invalid('var app = require("../app");\nvar http = require("http");\nvar port = normalizePort(process.env.PORT || "«50070»");\napp.set("port", port);\nvar server = http.createServer(app);\nserver.listen(port);\nfunction normalizePort(val) {\n  var port = parseInt(val, 10);\n  if (isNaN(port)) return val;\n  if (port >= 0) return port;\n  return false;\n}', "dynamic", { filename: path.join(MODULES, "express-generator/bin/other.js"), name: "express-generator bin/www with the app from ../app" }),
    invalid('const server = createThing();\nserver.listen(«50073»);', "dynamic", { name: "an unknown receiver given a port: the documented fallback (a TCP listener)" }),
    invalid('import Bun from "bun";\nconst server: Bun.Server = Bun.serve({\n  fetch: (request: Request) => new Response("hi"),\n  port: «50074»,\n});', "dynamic", { ...TS, name: "Bun.serve with Bun imported from the bun module" }),
    // Explicit numbers, independent of the marker helper
    {
      code: 'import express from "express";\nexpress().listen(50040);',
      errors: [{ messageId: "dynamic", line: 2, column: 18, endLine: 2, endColumn: 23 }],
    },
  ],
});
