// Every JS/TS file of ../shared/corpus/js linted with configs.recommended: no crash, and the
// findings rendered as a reviewable snapshot (source line with carets under the reported span).
// Judgment calls are written beside the file they concern and printed into the snapshot.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { Linter } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { collectListeners } from "./utils/collect-listeners.js";

const CORPUS = new URL("../../../shared/corpus/js/", import.meta.url);
const SOURCE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/;

/** Why a file's findings (or its silence) are right; the lead reviews these with the snapshot. */
const JUDGMENTS: Readonly<Record<string, string>> = {
  "awesome-compose__nginx-nodejs-redis__web__server.js":
    "5000 is IANA's commplex-main (and macOS AirPlay's de-facto port), not a well-known service people run beside an Express app: quiet under recommended. The redis client's port: 6379 is a client setting, not a listener.",
  "awesome-compose__react-express-mysql__backend__src__config.js":
    "`port: process.env.PORT || 8080` sits in an exported config object, not at a listen call: not a listener here (the listen is in index.js, with the port imported, so unknown).",
  "awesome-compose__react-express-mysql__backend__src__index.js": "app comes from ./server and port from ./config: both cross-file, skipped rather than guessed.",
  "express__examples__hello-world__index.js":
    "express is required by relative path ('../../'), so app.listen(3000) is found only as an untraced listen with a port literal; no framework, so the HTTP-only rules stay quiet. 3000 is fine under recommended.",
  "express__examples__static-files__index.js": "app.listen(3000) on express from '../..': an untraced listen with a port literal, user range, outside Linux's ephemeral range: nothing to report.",
  "express__examples__vhost__index.js": "'http://example.com:3000/' in a redirect is a URL string, not a listener.",
  "express__examples__web-service__index.js":
    "app.listen(3000) inside `if (!module.parent)`: one listen, in one branch, so no duplicate; 3000 is a user port: nothing to report.",
  "fastify__examples__route-prefix.js": "fastify.listen({ port: 8000 }) on fastify from '../fastify': untraced, user range: nothing to report.",
  "fastify__examples__simple.js": "fastify.listen({ port: 3000 }) on fastify from '../fastify': untraced, user range: nothing to report.",
  "fastify__examples__typescript-server.ts": "server.listen({ port: 8080 }) on a fastify() from '../fastify': untraced receiver, { port } options: a listener with no framework.",
  "fastify__integration__server.js": "fastify.listen({ host: '::', port: 3000 }): one untraced listener on a user port: nothing to report.",
  "grpc-node__examples__encryption__TLS__server.js": "`0.0.0.0:${argv.port}` comes from minimist: unknown, skipped.",
  "grpc-node__examples__helloworld__dynamic_codegen__greeter_server.js":
    "gRPC on 50051 is in the IANA dynamic range (49152–65535) and inside Linux's ephemeral range (32768–60999): a true finding, even though 50051 is gRPC's documentation default. Reported once as `dynamic` (the IANA range wins over the Linux warning).",
  "grpc-node__examples__load_balancing__server.js": "Addresses come from an array iterated in a loop: unknown, skipped (the literals '0.0.0.0:50051' are not at a bind call).",
  "grpc-node__examples__reflection__server.js":
    "bindAsync('localhost:5000'): gRPC on 5000 (IANA commplex-main) — no well-known service there, so quiet under recommended.",
  "microservices-demo__src__paymentservice__index.js":
    "server.listen() with no argument on a HipsterShopServer from ./server: the port is process.env.PORT handed to a constructor in another file, so not a listener here.",
  "microservices-demo__src__paymentservice__server.js": "`[::]:${port}` with port = this.port from the constructor: unknown, skipped.",
  "voting-app__result__server.js":
    "server = require('http').Server(app) is tracked; port = process.env.PORT || 4000: fallback 4000 checked, no finding (user range, outside Linux ephemeral). socket.io attaches to the http server: no second listener.",
};

const corpusPresent = existsSync(CORPUS);

const title = corpusPresent ? "corpus ../shared/corpus/js" : "corpus ../shared/corpus/js: skipped, ../shared is absent";

describe.skipIf(!corpusPresent)(title, () => {
  const files = corpusPresent ? readdirSync(CORPUS).filter((name) => SOURCE.test(name)).sort() : [];

  it("has files to lint", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it("lints every file with configs.recommended without a crash and matches the reviewed snapshot", async () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      { files: ["**/*.{ts,mts,cts,tsx}"], languageOptions: { parser: tseslint.parser as Linter.Parser } },
      { languageOptions: { sourceType: "commonjs" }, files: ["**/*.{js,cjs}"] },
      ...plugin.configs.recommended,
    ];
    const sections: string[] = [];
    for (const name of files) {
      const text = readFileSync(new URL(name, CORPUS), "utf8");
      const messages = linter.verify(text, config, name);
      const fatal = messages.filter((message) => message.fatal || message.ruleId === null);
      expect(fatal, name).toEqual([]);
      sections.push(renderFile(name, text, messages));
    }
    await expect(sections.join("\n")).toMatchFileSnapshot("__snapshots__/corpus-js.snap.txt");
  });
});

function renderFile(name: string, text: string, messages: readonly Linter.LintMessage[]): string {
  const lines = text.split(/\r?\n/);
  const out = [`## ${name}`];
  const judgment = JUDGMENTS[name];
  if (judgment) out.push(`# judgment: ${judgment}`);
  const { listeners } = collectListeners(text, name);
  const found = listeners.map((l) => `${l.port}${l.origin.fallback ? " (fallback)" : ""} at ${l.origin.line}:${l.origin.column} [${l.identity.framework ?? "untraced"}]`);
  out.push(`listeners: ${found.length > 0 ? found.join(", ") : "none"}`);
  if (messages.length === 0) out.push("(no findings)");
  for (const message of messages) {
    const source = lines[message.line - 1] ?? "";
    const width = Math.max(1, (message.endLine === message.line ? (message.endColumn ?? message.column + 1) : source.length + 1) - message.column);
    out.push(`${message.line}:${message.column} ${message.ruleId} ${message.messageId}`, `  ${source}`, `  ${" ".repeat(message.column - 1)}${"^".repeat(width)}`, `  ${message.message}`);
  }
  return `${out.join("\n")}\n`;
}
