// Every HTTP framework the collector knows is HTTP to the core (issue 12 §5): the HTTP-only
// rules (no-browser-unsafe-port, no-registered-port-misuse) then see its listeners. A framework
// name missing from the core's table would silently turn those rules off for it.
import { describe, expect, it } from "vitest";
import { identify } from "../../../src/core/identity.js";
import { SERVER_FACTORIES } from "../../../rules/utils/server-factories.js";
import { collectListeners } from "./collect-listeners.js";

/** Collector framework names that are not HTTP servers: raw TCP/UDP, the inspector, MQTT brokers. */
const NOT_HTTP = new Set(["net", "tls", "dgram", "inspector", "deno-net", "deno-tls", "deno-udp", "bun-tcp", "bun-udp", "aedes", "mosca", "grpc"]);

const frameworks = [...new Set(Object.values(SERVER_FACTORIES).flatMap((table) => Object.values(table).map((factory) => factory.framework)))].sort();

describe("framework identity", () => {
  it.each(frameworks.filter((name) => !NOT_HTTP.has(name)))("%s is identified as http", (framework) => {
    expect([...identify({ framework })]).toContain("http");
  });

  it("gRPC is gRPC, raw sockets are nothing in particular", () => {
    expect([...identify({ framework: "grpc" })]).toContain("grpc");
    for (const framework of ["net", "tls", "dgram", "deno-net", "bun-udp"]) expect([...identify({ framework })], framework).toEqual([]);
  });

  it("config-file and Bun default-export listeners name HTTP frameworks too", () => {
    const found = [
      ...collectListeners('export default { server: { port: 5173 } };', "vite.config.ts").listeners,
      ...collectListeners('module.exports = { devServer: { port: 8080 } };', "webpack.config.js").listeners,
      ...collectListeners('export default { port: 3000, fetch() { return new Response(""); } };', "index.ts").listeners,
    ];
    expect(found.map((listener) => [listener.identity.framework, [...identify(listener.identity)]])).toEqual([
      ["vite", ["http"]],
      ["webpack-dev-server", ["http"]],
      ["bun", ["http"]],
    ]);
  });
});
