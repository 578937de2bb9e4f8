// The API forms, port values and config files added for real code (issue 12 §2–§4), each in the
// shape it takes in real projects, with the look-alikes that must stay quiet beside them.
// «» mark each expected port token (see collect-listeners.ts).
import { describe, it } from "vitest";
import { check, type Case } from "./collect-listeners.js";

const apis: Case[] = [
  { name: "Bun export default { port, fetch }", code: 'export default {\n  port: «3000»,\n  fetch(req: Request) {\n    return new Response("hi");\n  },\n};', expected: [{ port: 3000, framework: "bun" }] },
  { name: "Bun export default { port, fetch: app.fetch } satisfies Serve", code: 'import { Hono } from "hono";\nconst app = new Hono();\nexport default { port: Number(process.env.PORT) || «8787», fetch: app.fetch } satisfies Serve;', expected: [{ port: 8787, framework: "bun", fallback: true, envKey: "PORT" }] },
  { name: "Bun.serve with the options in a const", code: 'const server = { port: «3001», fetch: (req: Request) => new Response("ok") };\nBun.serve(server);', expected: [{ port: 3001, framework: "bun" }] },
  { name: "Bun.listen (TCP) and Bun.udpSocket", code: 'Bun.listen({ hostname: "localhost", port: «8080», socket: { data() {} } });\nawait Bun.udpSocket({ port: «41234» });', expected: [{ port: 8080, framework: "bun-tcp", hostIp: "localhost" }, { port: 41234, framework: "bun-udp", protocol: "udp" }] },
  { name: "socket.io require('socket.io').listen(port)", code: 'const io = require("socket.io").listen(«3002»);\nio.on("connection", (socket) => {});', expected: [{ port: 3002, framework: "socket.io" }] },
  { name: "engine.io listen(port)", code: 'const engine = require("engine.io");\nconst server = engine.listen(«3003»);', expected: [{ port: 3003, framework: "engine.io" }] },
  { name: "Deno std serve(handler, { port })", code: 'import { serve } from "https://deno.land/std@0.140.0/http/server.ts";\nserve((_req) => new Response("hi"), { port: «8000» });', expected: [{ port: 8000, framework: "deno" }] },
  { name: "Deno std listenAndServe(':8080', h)", code: 'import { listenAndServe } from "https://deno.land/std@0.100.0/http/server.ts";\nlistenAndServe(":«8080»", (req) => req.respond({ body: "hi" }));', expected: [{ port: 8080, framework: "deno" }] },
  { name: "Deno std new Server({ port, handler })", code: 'import { Server } from "https://deno.land/std/http/server.ts";\nconst server = new Server({ port: «4505», handler });\nawait server.listenAndServe();', expected: [{ port: 4505, framework: "deno" }] },
  { name: "oak app.listen({ port })", code: 'import { Application } from "https://deno.land/x/oak@v12.6.1/mod.ts";\nconst app = new Application();\napp.use((ctx) => { ctx.response.body = "hi"; });\nawait app.listen({ port: «8001» });', expected: [{ port: 8001, framework: "oak" }] },
  { name: "oak from jsr:, listen('host:port')", code: 'import { Application } from "jsr:@oak/oak@17";\nconst app = new Application();\nawait app.listen("127.0.0.1:«8002»");', expected: [{ port: 8002, framework: "oak", hostIp: "127.0.0.1" }] },
  { name: "npm: specifier for express", code: 'import express from "npm:express@4.18.2";\nconst app = express();\napp.listen(«3004»);', expected: [{ port: 3004, framework: "express" }] },
  { name: "Apollo startStandaloneServer(server, { listen: { port } })", code: 'import { ApolloServer } from "@apollo/server";\nimport { startStandaloneServer } from "@apollo/server/standalone";\nconst server = new ApolloServer({ typeDefs, resolvers });\nconst { url } = await startStandaloneServer(server, { listen: { port: «4000» } });', expected: [{ port: 4000, framework: "apollo" }] },
  { name: "apollo-server v3 server.listen({ port })", code: 'const { ApolloServer } = require("apollo-server");\nconst server = new ApolloServer({ typeDefs, resolvers });\nserver.listen({ port: «4001» }).then(({ url }) => {});', expected: [{ port: 4001, framework: "apollo" }] },
  { name: "new WebpackDevServer({ port }, compiler)", code: 'const Webpack = require("webpack");\nconst WebpackDevServer = require("webpack-dev-server");\nconst compiler = Webpack(config);\nconst server = new WebpackDevServer({ port: «8081», open: true }, compiler);\nawait server.start();', expected: [{ port: 8081, framework: "webpack-dev-server" }] },
  { name: "webpack-dev-server v3: new WebpackDevServer(compiler, opts).listen(port)", code: 'const WebpackDevServer = require("webpack-dev-server");\nconst server = new WebpackDevServer(compiler, { hot: true, port: 9999 });\nserver.listen(«8082», "localhost", () => {});', expected: [{ port: 8082, framework: "webpack-dev-server", hostIp: "localhost" }] },
  { name: "Elysia chained new Elysia().get().listen(port)", code: 'import { Elysia } from "elysia";\nnew Elysia().get("/", () => "hi").listen(«3005»);', expected: [{ port: 3005, framework: "elysia" }] },
  { name: "Elysia listen({ port, hostname })", code: 'import { Elysia } from "elysia";\nconst app = new Elysia();\napp.listen({ port: «3006», hostname: "0.0.0.0" });', expected: [{ port: 3006, framework: "elysia", hostIp: "0.0.0.0" }] },
  { name: "chained polka().use(…).get(…).listen(port)", code: 'const polka = require("polka");\npolka()\n  .use(logger)\n  .get("/", (req, res) => res.end("ok"))\n  .listen(«3007», (err) => {});', expected: [{ port: 3007, framework: "polka" }] },
  { name: "Next.js custom server: createServer(h).once('error', f).listen(port)", code: 'import { createServer } from "http";\nimport next from "next";\nconst port = parseInt(process.env.PORT || "«3008»", 10);\nconst app = next({ dev: false });\nconst handle = app.getRequestHandler();\napp.prepare().then(() => {\n  createServer((req, res) => handle(req, res))\n    .once("error", (err) => { throw err; })\n    .listen(port, () => {});\n});', expected: [{ port: 3008, framework: "http", fallback: true, envKey: "PORT" }] },
  { name: "http-proxy createProxyServer({ target }).listen(port): the listener, not the target", code: 'const httpProxy = require("http-proxy");\nhttpProxy.createProxyServer({ target: "http://localhost:9000" }).listen(«8003»);', expected: [{ port: 8003, framework: "http-proxy" }] },
  { name: "connect() app", code: 'const connect = require("connect");\nconst app = connect();\napp.use(mw);\napp.listen(«3009»);', expected: [{ port: 3009, framework: "connect" }] },
  { name: "vite createServer({ server: { port } })", code: 'import { createServer } from "vite";\nconst server = await createServer({ root, server: { port: «5175» } });\nawait server.listen();', expected: [{ port: 5175, framework: "vite" }] },
  { name: "inspector.open(port)", code: 'import inspector from "node:inspector";\ninspector.open(«9230», "127.0.0.1");', expected: [{ port: 9230, framework: "inspector" }] },
  { name: "Hono createAdaptorServer(...).listen(port)", code: 'import { createAdaptorServer } from "@hono/node-server";\nconst server = createAdaptorServer({ fetch: app.fetch });\nserver.listen(«3010»);', expected: [{ port: 3010, framework: "hono" }] },
  { name: "legacy grpc server.bind(address, creds)", code: 'const grpc = require("grpc");\nconst server = new grpc.Server();\nserver.bind("0.0.0.0:«50051»", grpc.ServerCredentials.createInsecure());', expected: [{ port: 50051, framework: "grpc", hostIp: "0.0.0.0" }] },
  { name: "the app a local function returns, in the same file", code: 'import Fastify from "fastify";\nfunction buildApp() {\n  const app = Fastify();\n  app.register(routes);\n  return app;\n}\nconst app = buildApp();\napp.listen({ port: «3011» });', expected: [{ port: 3011, framework: "fastify" }] },
  { name: "this.app and this.port set in a constructor", code: 'import express from "express";\nclass App {\n  constructor(port = «3012») {\n    this.app = express();\n    this.port = port;\n  }\n  listen() {\n    this.app.listen(this.port, () => {});\n  }\n}', expected: [{ port: 3012, framework: "express", fallback: true }] },
];

const values: Case[] = [
  { name: "let assigned once before the listen, reassigned after it", code: 'import http from "http";\nconst server = http.createServer(app);\nlet PORT = «3100»;\nserver.listen(PORT, () => {\n  PORT = server.address().port;\n});', expected: [{ port: 3100, framework: "http" }] },
  { name: "let reassigned after listening, in straight-line code", code: 'import express from "express";\nlet port = process.env.PORT || «3101»;\nconst server = express().listen(port);\nport = server.address().port;', expected: [{ port: 3101, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "a default overridden from the environment", code: 'import express from "express";\nlet port = «3102»;\nif (process.env.APP_PORT) {\n  port = Number(process.env.APP_PORT);\n}\nexpress().listen(port);', expected: [{ port: 3102, framework: "express", fallback: true, envKey: "APP_PORT" }] },
  { name: "this.port from a class field", code: 'import { createServer } from "node:net";\nexport class Echo {\n  port = «7007»;\n  server = createServer((socket) => socket.pipe(socket));\n  start() {\n    this.server.listen(this.port);\n  }\n}', expected: [{ port: 7007, framework: "net" }] },
  { name: "this.port from a TypeScript parameter property default", code: 'import express from "express";\nexport class Server {\n  private app = express();\n  constructor(private readonly port: number = «3103») {}\n  start(): void {\n    this.app.listen(this.port);\n  }\n}', expected: [{ port: 3103, framework: "express", fallback: true }] },
  { name: "this.port = options.port || default in the constructor", code: 'const http = require("http");\nclass Api {\n  constructor(options) {\n    this.port = options.port || «3104»;\n    this.server = http.createServer(this.handle);\n  }\n  run() {\n    const { server, port } = this;\n    this.server.listen(this.port);\n  }\n}', expected: [{ port: 3104, framework: "http", fallback: true }] },
  { name: "normalizePort(process.env.PORT || '3000')", code: 'const app = require("express")();\nconst port = normalizePort(process.env.PORT || "«3105»");\nfunction normalizePort(val) {\n  const port = parseInt(val, 10);\n  if (Number.isNaN(port)) return val;\n  if (port >= 0) return port;\n  return false;\n}\napp.listen(port);', expected: [{ port: 3105, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: "an arrow helper that converts its argument", code: 'import express from "express";\nconst toPort = (value: string) => Number(value);\nexpress().listen(toPort("«3106»"));', expected: [{ port: 3106, framework: "express" }] },
  { name: 'parseInt("1f90", 16) is 8080', code: 'import express from "express";\nexpress().listen(parseInt("«1f90»", 16));', expected: [{ port: 8080, framework: "express" }] },
  { name: 'parseInt("50015", 16) is 327701 (valid-port reports it)', code: 'import express from "express";\nexpress().listen(parseInt("«50015»", 16));', expected: [{ port: 327701, framework: "express" }] },
  { name: "parseInt(env || '1f90', 16) in a const", code: 'import express from "express";\nconst PORT = parseInt(process.env.PORT || "«1f90»", 16);\nexpress().listen(PORT);', expected: [{ port: 8080, framework: "express", fallback: true, envKey: "PORT" }] },
  { name: 'Number("0x1f90") and parseInt("0x1f90")', code: 'import express from "express";\nexpress().listen(Number("«0x1f90»"));\nexpress().listen(parseInt("«0x1f91»"));', expected: [{ port: 8080, framework: "express" }, { port: 8081, framework: "express" }] },
  { name: 'parseInt("3000px", 10) reads its digits', code: 'import express from "express";\nexpress().listen(parseInt("«3000»px", 10));', expected: [{ port: 3000, framework: "express" }] },
];

const configFiles: Case[] = [
  { name: "vite.<name>.config.ts (electron-forge)", filename: "vite.renderer.config.ts", code: 'import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: «5180» } });', expected: [{ port: 5180, framework: "vite" }] },
  { name: "vite.config-<name>.js", filename: "vite.config-dev.js", code: 'export default { server: { port: «5181» } };', expected: [{ port: 5181, framework: "vite" }] },
  { name: "defineConfig(async () => { … return { … } }) with a nested return", filename: "vite.config.ts", code: 'import { defineConfig, loadEnv } from "vite";\nexport default defineConfig(async ({ mode }) => {\n  const env = loadEnv(mode, process.cwd());\n  if (mode === "test") {\n    return { server: { port: «5182» } };\n  }\n  return { server: { port: Number(env.VITE_PORT) || «5183» } };\n});', expected: [{ port: 5182, framework: "vite" }, { port: 5183, framework: "vite", fallback: true }] },
  { name: "a plugin's config() hook", filename: "vite.config.mjs", code: 'import { defineConfig } from "vite";\nconst devPort = () => ({\n  name: "dev-port",\n  config() {\n    return { server: { port: «5184» } };\n  },\n});\nexport default defineConfig({ plugins: [devPort(), { name: "preview-port", config: () => ({ preview: { port: «4174» } }) }] });', expected: [{ port: 5184, framework: "vite" }, { port: 4174, framework: "vite" }] },
  { name: "webpack-merge's merge(common, { devServer }) in webpack.dev.js", filename: "webpack.dev.js", code: 'const { merge } = require("webpack-merge");\nconst common = require("./webpack.common.js");\nmodule.exports = merge(common, { mode: "development", devServer: { port: «8083», hot: true } });', expected: [{ port: 8083, framework: "webpack-dev-server" }] },
  { name: "vue.config.js devServer.port", filename: "vue.config.js", code: 'const { defineConfig } = require("@vue/cli-service");\nmodule.exports = defineConfig({ transpileDependencies: true, devServer: { port: «8084» } });', expected: [{ port: 8084, framework: "webpack-dev-server" }] },
];

const quiet: Case[] = [
  { name: "pg LISTEN and postgres.js sql.listen", code: 'import pg from "pg";\nimport postgres from "postgres";\nconst client = new pg.Client();\nawait client.query("LISTEN jobs");\nclient.listen?.(5432);\nconst sql = postgres();\nawait sql.listen("jobs", (payload) => {});', expected: [] },
  { name: "an EventEmitter's listen()", code: 'import { EventEmitter } from "node:events";\nconst emitter = new EventEmitter();\nemitter.listen(3000);', expected: [] },
  { name: "a subclass instance of a client is still a client", code: 'const { Client } = require("pg");\nconst db = new Client({ port: 5432 });\ndb.listen(5432);', expected: [] },
  { name: "proxy targets: http-proxy's target, http-proxy-middleware, vite server.proxy", code: 'const httpProxy = require("http-proxy");\nconst proxy = httpProxy.createProxyServer({ target: { host: "localhost", port: 9000 } });\nproxy.web(req, res, { target: "http://localhost:9001" });', expected: [] },
  { name: "a chained call that returns something else (address)", code: 'import http from "http";\nconst server = http.createServer();\nserver.address().listen?.(3000);', expected: [] },
  { name: "export default { fetch } without a port (Deno serve --port decides)", code: 'export default { fetch(req) { return new Response("hi"); } };', expected: [] },
  { name: "export default { port } without fetch is a config object", code: 'export default { port: 3000, host: "localhost" };', expected: [] },
  { name: "parseInt with a radix we cannot know", code: 'import express from "express";\nexpress().listen(parseInt("1f90", radix));', expected: [] },
  { name: "let written twice before the listen", code: 'import express from "express";\nlet port = 3000;\nport = 4000;\nexpress().listen(port);', expected: [] },
  { name: "let reassigned in a loop around the listen", code: 'import express from "express";\nconst app = express();\nlet port = 3000;\nwhile (busy(port)) {\n  app.listen(port);\n  port++;\n}', expected: [] },
  { name: "let reassigned in a hoisted function called before the listen", code: 'import express from "express";\nlet port = 3000;\nconfigure();\nexpress().listen(port);\nfunction configure() {\n  port = 4000;\n}', expected: [] },
  { name: "this.port written in two methods", code: 'import express from "express";\nclass App {\n  port = 3000;\n  app = express();\n  useTestPort() { this.port = 4000; }\n  start() { this.app.listen(this.port); }\n}', expected: [] },
  { name: "this in a nested plain function is not the instance", code: 'import express from "express";\nclass App {\n  port = 3000;\n  start() {\n    const app = express();\n    setTimeout(function () { app.listen(this.port); });\n  }\n}', expected: [] },
  { name: "a helper that does not return its argument", code: 'import express from "express";\nfunction pick(value) {\n  return lookup(value);\n}\nexpress().listen(pick("3000"));', expected: [] },
  { name: "vitest.config.ts is not a Vite dev server config", filename: "vitest.config.ts", code: 'export default { server: { port: 5173 } };', expected: [] },
];

describe.each([
  ["API forms", apis],
  ["port values", values],
  ["config files", configFiles],
  ["look-alikes", quiet],
])("%s", (_group, cases) => {
  it.each(cases.map((each) => [each.name, each] as const))("%s", (_name, each) => check(each));
});
