// no-registered-port-misuse: the framework says what listens (HTTP, gRPC); the port's IANA or
// de-facto owner must be that service. Raw net/dgram servers are unidentified and stay quiet.
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

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
  ],
});
