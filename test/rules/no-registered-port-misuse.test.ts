// no-registered-port-misuse: the framework says what listens (HTTP, gRPC); the port's IANA or
// de-facto owner must be that service. Raw net/dgram servers are unidentified and stay quiet.
import path from "node:path";
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

const MODULES = path.resolve(import.meta.dirname, "../../fixtures/code/modules");

ruleTester.run("no-registered-port-misuse", ruleOf("no-registered-port-misuse"), {
  valid: [
    valid('import express from "express";\nexpress().listen(8080);'),
    valid('import express from "express";\nexpress().listen(3000);', { name: "3000 (hbci) is obscure: not reported by default" }),
    valid('import { Pool } from "pg";\nnew Pool({ host: "db", port: 5432 });', { name: "a PostgreSQL client on 5432 is normal" }),
    valid('import { createClient } from "redis";\ncreateClient({ socket: { port: 6379 } });'),
    valid('import net from "net";\nnet.createServer(proxy).listen(5432);', { name: "a raw TCP server could be a PostgreSQL proxy: unidentified" }),
    valid('import http from "http";\nhttp.createServer().listen(5432);', { options: [{ allowlist: [{ ports: { from: 5432, to: 5432 }, reason: "pg wire-compatible HTTP shim" }] }] }),
    valid('const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:50051", creds, cb);'),
    valid('import express from "express";\nexpress().listen(3000);', { options: [{ preset: "strict" }], name: "strict: 3000 is the Node dev servers' port, and IANA's obscure hbci is nobody's" }),
    valid('import express from "express";\nexpress().listen(9000);', { options: [{ preset: "strict" }], name: "strict: 9000 is MinIO's, ClickHouse's, PHP-FPM's and SonarQube's by convention, so nobody's" }),
    valid('const eio = require("..");\neio.listen(5432);', { filename: path.join(MODULES, "unknown/engine.js"), name: "the same call without a package.json naming engine.io: untraced, no identity" }),
  ],
  invalid: [
    invalid('import http from "http";\nhttp.createServer().listen(«5432»);', "registered"),
    invalid('import express from "express";\nconst app = express();\napp.listen(process.env.PORT || «3306»);', "registered"),
    invalid('import Koa from "koa";\nnew Koa().listen(«6379»);', "registered"),
    invalid('import Koa from "koa";\nnew Koa().listen(«15672»);', "deFacto", { options: [{ preset: "strict" }], name: "RabbitMQ's de-facto 15672 (no IANA owner) under strict" }),
    invalid('import { WebSocketServer } from "ws";\nnew WebSocketServer({ port: «5432» });', "registered"),
    invalid('const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:«5432»", creds, cb);', "registered"),
    invalid('import express from "express";\nexpress().listen(«9092»);', "deFacto", { options: [{ preset: "strict" }], name: "Kafka's de-facto 9092 under strict", data: {
      subject: "Port 9092",
      class: "user range 1024–49151",
      owner: "Kafka",
      identity: "the express server (HTTP)",
      advice: "8080 or another free port",
    } }),
    invalid('import express from "express";\nexpress().listen(«7100»);', "orgRegistered", {
      settings: { "port-policy": { orgRegistry: [{ ports: { from: 7100, to: 7199 }, service: "billing" }] } },
    }),
    invalid('Bun.serve({ port: «5432» as number, fetch });', "registered", TS),
    // Every HTTP framework the collector knows is HTTP here too (issue 12 §5)
    invalid('import { Elysia } from "elysia";\nnew Elysia().get("/", () => "hi").listen(«5432»);', "registered"),
    invalid('const restify = require("restify");\nrestify.createServer().listen(«3306»);', "registered"),
    invalid('const httpProxy = require("http-proxy");\nhttpProxy.createProxyServer({ target: "http://localhost:9000" }).listen(«6379»);', "registered"),
    invalid('import { Application } from "jsr:@oak/oak";\nawait new Application().listen({ port: «5432» });', "registered"),
    invalid('const polka = require("polka");\npolka().use(mw).get("/", h).listen(«3306»);', "registered"),
    invalid('var express = require("../../");\nexpress().listen(«5432»);', "registered", { filename: path.join(MODULES, "framework-repo/examples/hello/registered.js"), name: "a framework required by path inside its own repository" }),
    invalid('const app = require("../app");\napp.listen(«6379»);', "registered", { filename: path.join(MODULES, "app-and-server/bin/registered.js"), name: "an app from a local module" }),
    // Tracked, not the untraced fallback (which names no framework, so these rules skip it)
    invalid('const eio = require("..");\nconst engine = eio.listen(«5432»);', "registered", { filename: path.join(MODULES, "engineio-repo/test/server.js"), name: 'engine.io: require("..") in its own repository' }),
    invalid('const { server } = require("./server");\nserver.listen(«5432»);', "registered", { filename: path.join(MODULES, "destructured/registered.js"), name: "a server destructured from require() of a local module" }),
    invalid('import { app as api } from "./index.js";\napi.listen(«3306»);', "registered", { filename: path.join(MODULES, "ts-esm/src/registered.ts"), languageOptions: TS.languageOptions, name: "a named import of a local app, through a barrel" }),
    invalid('import app from "./app.js";\napp.listen(«6379»);', "registered", { filename: path.join(MODULES, "ts-esm/src/default.ts"), languageOptions: TS.languageOptions, name: "a default import of a local app" }),
    invalid('var app = require("../app");\nvar http = require("http");\nvar port = normalizePort(process.env.PORT || "«3306»");\nhttp.createServer(app).listen(port);\nfunction normalizePort(val) {\n  var port = parseInt(val, 10);\n  if (isNaN(port)) return val;\n  if (port >= 0) return port;\n  return false;\n}', "registered", { filename: path.join(MODULES, "express-generator/bin/registered.js"), name: "express-generator bin/www" }),
  ],
});
