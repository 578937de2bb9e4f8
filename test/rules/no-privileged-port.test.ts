// no-privileged-port: code is taken to run as an ordinary user, so any fixed bind below 1024 is
// reported (the container runtime cannot be known from code).
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

ruleTester.run("no-privileged-port", ruleOf("no-privileged-port"), {
  valid: [
    valid('import express from "express";\nexpress().listen(8080);'),
    valid('import express from "express";\nexpress().listen(1024);', { name: "1024 is the first unprivileged port" }),
    valid('import http from "http";\nhttp.createServer().listen(0);', { name: "port 0" }),
    valid('import http from "http";\nhttp.get({ host: "example.com", port: 80 });\nfetch("https://example.com:443/");', { name: "clients to 80/443" }),
    valid('import net from "net";\nnet.connect(22, "host");'),
    valid('import { createProxyMiddleware } from "http-proxy-middleware";\napp.use(createProxyMiddleware({ target: "http://backend:80" }));'),
    valid('import https from "https";\nhttps.createServer(opts).listen(443);', { options: [{ allowlist: [{ ports: { from: 443, to: 443 }, reason: "runs with CAP_NET_BIND_SERVICE file capability" }] }] }),
    valid('export default { server: { hmr: { clientPort: 443 } } };', { filename: "vite.config.ts" }),
    valid('const Hapi = require("@hapi/hapi");\nasync function check() {\n  const server = Hapi.server({ port: 80, host: "localhost" });\n  await server.register(plugin);\n  await server.initialize();\n  return server.info.uri;\n}', {
      name: "hapi: a server only registered, initialized and read never starts, so never binds",
    }),
    valid('import Hapi from "@hapi/hapi";\nit("injects", async () => {\n  let server = new Hapi.Server({ port: 443 });\n  server.route({ method: "GET", path: "/", handler: () => null });\n  server.ext("onRequest", (request, h) => h.continue);\n  await server.inject("/");\n});', {
      name: "hapi: new Hapi.Server in a let, only routed and injected",
    }),
    valid('import { EventEmitter } from "events";\nconst bus = new EventEmitter();\nbus.listen(80);', { name: "an emitter is never a listener, whatever it is passed" }),
  ],
  invalid: [
    invalid('import express from "express";\nconst app = express();\napp.listen(«80»);', "privileged"),
    invalid('import https from "node:https";\nhttps.createServer(opts, app).listen(«443»);', "privileged"),
    invalid('const dgram = require("dgram");\ndgram.createSocket("udp4").bind(«53»);', "privileged"),
    invalid('import Fastify from "fastify";\nFastify().listen({ port: «80», host: "0.0.0.0" });', "privileged"),
    invalid('import { serve } from "@hono/node-server";\nserve({ fetch: app.fetch, port: process.env.PORT ? Number(process.env.PORT) : «80» });', "privileged"),
    invalid('const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:«443»", creds, cb);', "privileged"),
    invalid('Deno.serve({ port: «80» }, handler);', "privileged"),
    invalid('export default { server: { port: «80» } };', "privileged", { filename: "vite.config.js" }),
    invalid('import express from "express";\nconst app = express();\napp.listen(process.env.PORT || «80»);', "privileged"),
    invalid('import express from "express";\nexpress().listen(«443»);', "privileged", { settings: { "port-policy": { preset: "docker" } }, name: "a container preset does not change code: plain process" }),
    invalid('import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule);\nawait app.listen(«443» as number);', "privileged", TS),
    invalid('const server = makeServer();\nserver.listen({ port: «80» });', "privileged", { name: "an untraced receiver with a port: the documented fallback" }),
    invalid('const Hapi = require("@hapi/hapi");\nasync function run() {\n  const server = Hapi.server({ port: «80», host: "localhost" });\n  await server.register(plugin);\n  await server.start();\n}', "privileged", { name: "hapi: a started server binds" }),
    invalid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «80» });\nserver.route(routes);\nstartServer(server);', "privileged", { name: "hapi: a server passed to a function may be started there" }),
    invalid('const Hapi = require("@hapi/hapi");\nfunction make() {\n  const server = Hapi.server({ port: «80» });\n  server.route(routes);\n  return server;\n}', "privileged", { name: "hapi: a returned server may be started by the caller" }),
    invalid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «80» });\nserver.route(routes);\nmodule.exports = server;', "privileged", { name: "hapi: an exported server may be started by its importer" }),
    invalid('import Hapi from "@hapi/hapi";\nexport const server = Hapi.server({ port: «80» });\nserver.route(routes);', "privileged", { name: "hapi: a server exported where it is declared" }),
    invalid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: «80» });\nserver.listener.on("request", log);', "privileged", { name: "hapi: its Node listener is handed out" }),
    invalid('const Hapi = require("@hapi/hapi");\nHapi.server({ port: «80» });', "privileged", { name: "hapi: a server held in no variable stays a listener" }),
    {
      code: 'import express from "express";\nexpress().listen(80);',
      errors: [{ messageId: "privileged", line: 2, column: 18, endLine: 2, endColumn: 20 }],
    },
  ],
});
