// Which module members make a server, and how that server (or the call itself) takes its port.
// Sources: Node net/http/dgram docs, each framework's API reference (see
// ../shared/research/eslint-plugins.md, table A.1). Data only; the tracker and visitor read it.
import type { Protocol } from "../../src/core/listener.js";

/**
 * How the made object opens its port later:
 * - `node`: `listen(port[, host][, backlog][, cb])` or `listen({ port, host })` (net.Server and
 *   every framework that forwards to it: Express, Koa, Polka, Restify, NestJS);
 * - `fastify`: `listen({ port, host })` (the variadic form is deprecated but still seen);
 * - `socket.io`: `io.listen(port)` / `io.attach(port)`; with a server argument it attaches;
 * - `dgram`: `socket.bind(port[, address])` or `bind({ port, address })`;
 * - `grpc`: `bindAsync("host:port", creds, cb)`;
 * - `none`: nothing to call later (the port is given when the object is made).
 */
export type ListenApi = "node" | "fastify" | "socket.io" | "dgram" | "grpc" | "none";

/**
 * How the factory call itself opens a port, when it does:
 * - `options-port`: the first object argument's `port` (hapi, ws, Hono `serve`, Deno, Bun);
 * - `first-arg-port`: a port as the first argument (`new Server(3000)` in socket.io).
 */
export type OpensAt = "options-port" | "first-arg-port";

export interface ServerKind {
  /** Name given to the core as `identity.framework`. */
  framework: string;
  api: ListenApi;
  protocol: Protocol;
}

export interface ServerFactory extends ServerKind {
  /** `call`: `f()`; `new`: `new F()`; `either`: both work (Node's `http.Server`). */
  via: "call" | "new" | "either";
  opensAt?: OpensAt;
  /** Option keys that mean "attach to an existing server, open nothing" (ws `server`, `noServer`). */
  attachKeys?: readonly string[];
}

/** Methods that open a port on an existing server object. */
export const LISTEN_METHODS: ReadonlySet<string> = new Set(["listen", "bind", "bindAsync", "attach"]);

/** Vite API calls whose first argument is a Vite config. */
export const VITE_CONFIG_CALLS: ReadonlySet<string> = new Set(["defineConfig", "createServer", "preview", "mergeConfig"]);

/** `Deno` and `Bun` are globals; the tracker names them like modules. */
export const GLOBAL_MODULES: ReadonlySet<string> = new Set(["Deno", "Bun"]);

const node = (framework: string, protocol: Protocol = "tcp"): ServerFactory => ({ framework, api: "node", protocol, via: "either" });

/** Keyed by module name (without `node:`), then by the member path joined with "." ("" = the module). */
export const SERVER_FACTORIES: Readonly<Record<string, Readonly<Record<string, ServerFactory>>>> = {
  http: { createServer: node("http"), Server: node("http") },
  https: { createServer: node("https"), Server: node("https") },
  http2: { createServer: node("http2"), createSecureServer: node("http2") },
  net: { createServer: node("net"), Server: node("net") },
  tls: { createServer: node("tls"), Server: node("tls") },
  dgram: { createSocket: { framework: "dgram", api: "dgram", protocol: "udp", via: "call" } },
  express: { "": { framework: "express", api: "node", protocol: "tcp", via: "call" } },
  koa: { "": { framework: "koa", api: "node", protocol: "tcp", via: "new" }, default: { framework: "koa", api: "node", protocol: "tcp", via: "new" } },
  polka: { "": { framework: "polka", api: "node", protocol: "tcp", via: "call" } },
  restify: { createServer: { framework: "restify", api: "node", protocol: "tcp", via: "call" } },
  fastify: {
    "": { framework: "fastify", api: "fastify", protocol: "tcp", via: "call" },
    default: { framework: "fastify", api: "fastify", protocol: "tcp", via: "call" },
    fastify: { framework: "fastify", api: "fastify", protocol: "tcp", via: "call" },
  },
  "@nestjs/core": { "NestFactory.create": { framework: "nestjs", api: "node", protocol: "tcp", via: "call" } },
  "@hapi/hapi": hapi(),
  hapi: hapi(),
  ws: {
    WebSocketServer: { framework: "ws", api: "none", protocol: "tcp", via: "new", opensAt: "options-port", attachKeys: ["server", "noServer"] },
    Server: { framework: "ws", api: "none", protocol: "tcp", via: "new", opensAt: "options-port", attachKeys: ["server", "noServer"] },
  },
  "socket.io": {
    "": { framework: "socket.io", api: "socket.io", protocol: "tcp", via: "either", opensAt: "first-arg-port" },
    Server: { framework: "socket.io", api: "socket.io", protocol: "tcp", via: "either", opensAt: "first-arg-port" },
  },
  "@grpc/grpc-js": { Server: { framework: "grpc", api: "grpc", protocol: "tcp", via: "new" } },
  grpc: { Server: { framework: "grpc", api: "grpc", protocol: "tcp", via: "new" } },
  "@hono/node-server": { serve: { framework: "hono", api: "none", protocol: "tcp", via: "call", opensAt: "options-port" } },
  Deno: {
    serve: { framework: "deno", api: "none", protocol: "tcp", via: "call", opensAt: "options-port" },
    listen: { framework: "deno-net", api: "none", protocol: "tcp", via: "call", opensAt: "options-port" },
    listenTls: { framework: "deno-tls", api: "none", protocol: "tcp", via: "call", opensAt: "options-port" },
    listenDatagram: { framework: "deno-udp", api: "none", protocol: "udp", via: "call", opensAt: "options-port" },
  },
  Bun: { serve: { framework: "bun", api: "none", protocol: "tcp", via: "call", opensAt: "options-port" } },
};

function hapi(): Readonly<Record<string, ServerFactory>> {
  const factory: ServerFactory = { framework: "hapi", api: "none", protocol: "tcp", via: "either", opensAt: "options-port" };
  return { server: factory, Server: factory };
}

export function normalizeModuleName(name: string): string {
  return name.startsWith("node:") ? name.slice("node:".length) : name;
}

export function isTrackedModule(name: string): boolean {
  return Object.hasOwn(SERVER_FACTORIES, normalizeModuleName(name));
}

export function findFactory(module: string, path: readonly string[], via: "call" | "new"): ServerFactory | undefined {
  const table = SERVER_FACTORIES[module];
  const factory = table && Object.hasOwn(table, path.join(".")) ? table[path.join(".")] : undefined;
  if (!factory) return undefined;
  return factory.via === "either" || factory.via === via ? factory : undefined;
}
