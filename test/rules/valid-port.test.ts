// valid-port: numbers outside 0–65535 (checked by the core on the listener) and values that are
// not port numbers at all (reported by the collector, which sees the text).
import { ruleOf, ruleTester, invalid, valid, TS } from "./rule-tester.js";

ruleTester.run("valid-port", ruleOf("valid-port"), {
  valid: [
    valid('import express from "express";\nexpress().listen(65535);'),
    valid('import express from "express";\nexpress().listen(0);'),
    valid('import net from "net";\nnet.createServer().listen("/tmp/app.sock");', { name: "an IPC path" }),
    valid('const Hapi = require("@hapi/hapi");\nconst server = Hapi.server({ port: "/var/run/app.socket" });', { name: "hapi on a Unix socket path" }),
    valid('const Hapi = require("@hapi/hapi");\nconst port = "\\\\\\\\.\\\\pipe\\\\6653e55f";\nHapi.server({ port });', { name: "hapi on a Windows named pipe" }),
    valid('module.exports = { devServer: { port: "auto" } };', { filename: "webpack.config.js", name: "webpack-dev-server picks a port" }),
    // webpack-dev-server's own tests (test/e2e/host.test.js): its Node API takes "auto" too.
    valid('const Server = require("webpack-dev-server");\nnew Server({ port: "auto", host: "0.0.0.0" }, webpack({})).start();', { name: "webpack-dev-server's Node API picks a port" }),
    valid('const Server = require("webpack-dev-server");\nconst options = { port: "auto" };\nnew Server(options, compiler);', { name: "webpack-dev-server's options in a const" }),
    // A test that passes an invalid port to see it refused (fastify's test/server.test.js, listen.4.test.js).
    valid('import Fastify from "fastify";\ntest("rejects a string port", async (t) => {\n  try {\n    await Fastify().listen({ port: "hello-world" });\n  } catch (error) {\n    t.assert.strictEqual(error.code, "ERR_SOCKET_BAD_PORT");\n  }\n});', { name: "a test catching the listen's failure" }),
    valid('import Fastify from "fastify";\ntest("rejects -1", (t) => {\n  return Fastify().listen({ port: -1 }).catch((error) => t.assert.ok(error));\n});', { name: "a test chaining .catch to the listen" }),
    valid('import assert from "node:assert";\nimport Fastify from "fastify";\ntest("rejects 70000", async () => {\n  const PORT = 70000;\n  await assert.rejects(Fastify().listen({ port: PORT }));\n});', { name: "assert.rejects on the listen, the port in a const" }),
    valid('import express from "express";\nit("throws", () => {\n  expect(() => express().listen(-1)).toThrow();\n});', { name: "expect(…).toThrow around the listen" }),
    valid('import express from "express";\nexpress().listen(getPort());', { name: "unknown is skipped, not reported" }),
    valid('import { Pool } from "pg";\nnew Pool({ port: 70000 });', { name: "a client's bad port is not a listener" }),
    valid('import express from "express";\nexpress().listen(parseInt("1f90", 16));', { name: "parseInt honours the radix: 8080" }),
  ],
  invalid: [
    invalid('import express from "express";\nexpress().listen(«70000»);', "outOfRange", { data: { value: 70000 } }),
    invalid('import express from "express";\nexpress().listen(«-1»);', "outOfRange"),
    invalid('import http from "http";\nhttp.createServer().listen(process.env.PORT || «99999»);', "outOfRange"),
    invalid('const Hapi = require("@hapi/hapi");\nHapi.server({ port: "«70000»" });', "outOfRange", { name: "hapi: a numeric string is still a port" }),
    invalid('const Hapi = require("@hapi/hapi");\nHapi.server({ port: "«abc»" });', "malformed", { name: "hapi: a word with no path separator is no socket path" }),
    invalid('import Fastify from "fastify";\nFastify().listen({ port: "«abc»" });', "malformed", {
      data: { value: '"abc"', reason: "it is not a number" },
    }),
    invalid('import express from "express";\nexpress().listen(«3000.5»);', "malformed", { data: { value: "3000.5", reason: "it is not a whole number" } }),
    invalid('const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:«http»", creds, cb);', "malformed"),
    invalid('export default { server: { port: «80000» } };', "outOfRange", { filename: "vite.config.js" }),
    invalid('const PORT: number = «123456»;\nBun.serve({ port: PORT, fetch });', "outOfRange", TS),
    // parseInt with its radix: "50015" in base 16 is 327701, not 50015
    invalid('import express from "express";\nexpress().listen(parseInt("«50015»", 16));', "outOfRange", { data: { value: 327701 } }),
    invalid('const server = makeServer();\nserver.listen(«70000»);', "outOfRange", { name: "an untraced receiver with a port: the documented fallback", data: { value: 70000 } }),
    // Caught outside a test, or expected to work: the server the code meant to start never does.
    invalid('import Fastify from "fastify";\ntry {\n  await Fastify().listen({ port: «-1» });\n} catch (error) {\n  console.error(error);\n}', "outOfRange", { name: "a caught listen outside a test" }),
    invalid('import express from "express";\nit("starts", () => {\n  expect(() => express().listen(«70000»)).not.toThrow();\n});', "outOfRange", { name: "expect(…).not.toThrow" }),
    invalid('import express from "express";\nit("starts", () => {\n  try {\n    setup(() => express().listen(«70000»));\n  } catch {}\n});', "outOfRange", { name: "a try around a callback defined there catches nothing of it" }),
    invalid('import express from "express";\nexpress().listen(Number("«30x»"));', "malformed", { data: { value: '"30x"', reason: "it is not a number" } }),
  ],
});
