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
      data: { value: '"abc"', reason: "a port is a whole number from 0 to 65535" },
    }),
    invalid('import express from "express";\nexpress().listen(«3000.5»);', "malformed"),
    invalid('const grpc = require("@grpc/grpc-js");\nnew grpc.Server().bindAsync("0.0.0.0:«http»", creds, cb);', "malformed"),
    invalid('export default { server: { port: «80000» } };', "outOfRange", { filename: "vite.config.js" }),
    invalid('const PORT: number = «123456»;\nBun.serve({ port: PORT, fetch });', "outOfRange", TS),
    // parseInt with its radix: "50015" in base 16 is 327701, not 50015
    invalid('import express from "express";\nexpress().listen(parseInt("«50015»", 16));', "outOfRange", { data: { value: 327701 } }),
    invalid('const server = makeServer();\nserver.listen(«70000»);', "outOfRange", { name: "an untraced receiver with a port: the documented fallback", data: { value: 70000 } }),
    invalid('import express from "express";\nexpress().listen(Number("«30x»"));', "malformed", { data: { value: '"30x"', reason: "a port is a whole number from 0 to 65535" } }),
  ],
});
