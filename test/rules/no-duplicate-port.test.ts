// no-duplicate-port within one file: the second listener on a port and protocol is reported.
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

ruleTester.run("no-duplicate-port", ruleOf("no-duplicate-port"), {
  valid: [
    valid('import express from "express";\nexpress().listen(3000);\nexpress().listen(3001);'),
    valid('import http from "http";\nimport dgram from "dgram";\nhttp.createServer().listen(5000);\ndgram.createSocket("udp4").bind(5000);', { name: "tcp and udp do not collide" }),
    valid('import express from "express";\nexpress().listen(3000, "127.0.0.1");\nexpress().listen(3000, "127.0.0.2");', { name: "different host addresses" }),
    valid('import express from "express";\nexpress().listen(0);\nexpress().listen(0);', { name: "port 0 twice: two free ports" }),
    valid('const Hapi = require("@hapi/hapi");\nit("a", async () => {\n  const server = Hapi.server({ port: 8080 });\n  await server.inject("/");\n});\nit("b", async () => {\n  const server = Hapi.server({ port: 8080 });\n  await server.inject("/");\n});', {
      name: "hapi: servers that are never started open no port",
    }),
    valid('import express from "express";\nimport net from "net";\nexpress().listen(3000);\nnet.connect(3000);', { name: "a client of the same port" }),
  ],
  invalid: [
    invalid('import express from "express";\nconst app = express();\napp.listen(3000);\napp.listen(«3000»);', "duplicate", {
      data: { subject: "Port 3000", protocol: "tcp", class: "user range 1024–49151", other: "the express server", otherLine: 3, scope: "file" },
    }),
    invalid('import express from "express";\nconst PORT = 3000;\nexpress().listen(PORT);\nexpress().listen(«PORT»);', "duplicate", {
      name: "one const, two listen calls: reported at the second call",
      data: { subject: "Port 3000", protocol: "tcp", class: "user range 1024–49151", other: "the express server", otherLine: 2, scope: "file" },
    }),
    invalid('import http from "http";\nimport { WebSocketServer } from "ws";\nhttp.createServer().listen(8080);\nnew WebSocketServer({ port: «8080» });', "duplicate"),
    invalid('import express from "express";\nconst PORT = process.env.PORT || 3000;\nexpress().listen(PORT);\nexpress().listen(«3000»);', "duplicate", { name: "a fallback and a literal" }),
    invalid('const dgram = require("dgram");\ndgram.createSocket("udp4").bind(9999);\ndgram.createSocket("udp4").bind({ port: «9999» });', "duplicate"),
    invalid('import Fastify from "fastify";\nconst a = Fastify();\nconst b = Fastify();\nawait a.listen({ port: 3000 });\nawait b.listen({ port: «3000» } as const);', "duplicate", TS),
    invalid('const Hapi = require("@hapi/hapi");\nconst a = Hapi.server({ port: 8080 });\nconst b = Hapi.server({ port: «8080» });\nawait a.start();\nawait b.start();', "duplicate", { name: "hapi: two started servers on one port" }),
    invalid('const a = makeServer();\nconst b = makeServer();\na.listen(4100);\nb.listen(«4100»);', "duplicate", { name: "untraced receivers with a port: the documented fallback" }),
  ],
});
