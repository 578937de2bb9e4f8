// no-browser-unsafe-port: HTTP listeners on the Fetch standard's bad ports. Only listeners known
// to speak HTTP are checked; raw TCP and UDP are not.
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

ruleTester.run("no-browser-unsafe-port", ruleOf("no-browser-unsafe-port"), {
  valid: [
    valid('import express from "express";\nexpress().listen(8080);'),
    valid('import net from "net";\nnet.createServer().listen(6667);', { name: "an IRC server is not HTTP" }),
    valid('const dgram = require("dgram");\ndgram.createSocket("udp4").bind(5060);', { name: "SIP over UDP is not HTTP" }),
    valid('import http from "http";\nhttp.get({ port: 6000 });', { name: "a client" }),
    valid('var app = require("../..")();\napp.listen(6667);', { name: "untraced receiver: protocol unknown" }),
  ],
  invalid: [
    invalid('import express from "express";\nconst app = express();\napp.listen(«6667»);', "unsafe"),
    invalid('import http from "http";\nhttp.createServer().listen(«6000»);', "unsafe"),
    invalid('import Fastify from "fastify";\nFastify().listen({ port: «10080» });', "unsafe"),
    invalid('import { Server } from "socket.io";\nnew Server(«6665»);', "unsafe"),
    invalid('Deno.serve({ port: «5060» }, handler);', "unsafe"),
    invalid('module.exports = { devServer: { port: «6697» } };', "unsafe", { filename: "webpack.config.js" }),
    invalid('import { NestFactory } from "@nestjs/core";\nconst app = await NestFactory.create(AppModule);\nawait app.listen(process.env.PORT ?? «6668»);', "unsafe", TS),
  ],
});
