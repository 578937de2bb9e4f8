// no-browser-unsafe-port: HTTP listeners on the Fetch standard's bad ports. Only listeners known
// to speak HTTP are checked; raw TCP and UDP are not.
import path from "node:path";
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

const MODULES = path.resolve(import.meta.dirname, "../../fixtures/code/modules");

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
    // Every HTTP framework the collector knows is HTTP (issue 12 §5)
    invalid('import { Elysia } from "elysia";\nnew Elysia().get("/", () => "hi").listen(«6666»);', "unsafe"),
    invalid('const restify = require("restify");\nconst server = restify.createServer();\nserver.listen(«6669»);', "unsafe"),
    invalid('const httpProxy = require("http-proxy");\nhttpProxy.createProxyServer({ target: "http://localhost:9000" }).listen(«6000»);', "unsafe"),
    invalid('import { Application } from "https://deno.land/x/oak/mod.ts";\nawait new Application().listen({ port: «6665» });', "unsafe"),
    invalid('const polka = require("polka");\npolka().use(mw).listen(«10080»);', "unsafe"),
    invalid('export default { port: «6679», fetch: app.fetch };', "unsafe", TS),
    invalid('var express = require("../../");\nexpress().listen(«6667»);', "unsafe", { filename: path.join(MODULES, "framework-repo/examples/hello/unsafe.js"), name: "a framework required by path inside its own repository" }),
    invalid('const app = require("../app");\napp.listen(«6667»);', "unsafe", { filename: path.join(MODULES, "app-and-server/bin/start.js"), name: "an app from a local module" }),
  ],
});
