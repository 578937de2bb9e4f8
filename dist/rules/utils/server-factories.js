import { packageOfSpecifier } from "./module-specifier.js";
/** Methods that open a port on an existing server object. */
export const LISTEN_METHODS = new Set(["listen", "bind", "bindAsync", "attach"]);
/** Which method opens the port, per API. */
export const OPENING_METHODS = {
    node: ["listen"],
    fastify: ["listen"],
    "socket.io": ["listen", "attach"],
    dgram: ["bind"],
    grpc: ["bindAsync", "bind"],
    address: ["listen"],
    none: [],
};
/**
 * The methods read on a receiver that cannot be traced (listener-sites.ts): `x.listen(3000)`,
 * and gRPC's `bindAsync`, a name no other API uses. The others need a server some module made.
 */
export const UNTRACED_METHODS = new Set(["listen", "bindAsync"]);
/** Vite API calls whose first argument is a Vite config. */
export const VITE_CONFIG_CALLS = new Set(["defineConfig", "createServer", "preview", "mergeConfig"]);
/** `Deno` and `Bun` are globals; the tracker names them like modules. */
export const GLOBAL_MODULES = new Set(["Deno", "Bun"]);
const make = (framework, via, api = "node", extra = {}) => ({
    framework,
    api,
    protocol: "tcp",
    via,
    ...extra,
});
const opens = (framework, via, extra = {}) => make(framework, via, "none", { opensAt: "options-port", ...extra });
/** A package whose default export is the factory, however it is imported. */
const root = (factory, ...names) => Object.fromEntries(["", "default", ...names].map((name) => [name, factory]));
// hapi.dev/api#server.options.port: a number, or a socket path / named pipe; `autoListen: false` never listens.
// hapi.dev/api#server.start(): the port is bound there; `initialize()` and `inject()` bind nothing.
const hapi = root(opens("hapi", "either", { listensUnless: "autoListen", opensThrough: ["start", "listener"], portMayBePath: true }), "server", "Server");
/** oak's Application, and the runtime servers it is built on (`new Server(app, { port })`). */
const oakServer = opens("oak", "new", { optionsArgument: 1 });
const oak = { Application: make("oak", "new", "address"), Server: oakServer };
const denoStd = {
    serve: make("deno", "call", "none", { opensAt: "address-or-options" }),
    listenAndServe: make("deno", "call", "none", { opensAt: "address-or-options" }),
    Server: opens("deno", "new"),
};
const wsServer = opens("ws", "new", { attachKeys: ["server", "noServer"] });
const socketIo = make("socket.io", "either", "socket.io", { opensAt: "first-arg-port" });
const BUN = { serve: opens("bun", "call"), listen: opens("bun-tcp", "call"), udpSocket: { ...opens("bun-udp", "call"), protocol: "udp" } };
/** Keyed by package name (see module-specifier.ts), then by the member path joined with "." ("" = the module). */
export const SERVER_FACTORIES = {
    http: { createServer: make("http", "either"), Server: make("http", "either") },
    https: { createServer: make("https", "either"), Server: make("https", "either") },
    http2: { createServer: make("http2", "either"), createSecureServer: make("http2", "either") },
    net: { createServer: make("net", "either"), Server: make("net", "either") },
    tls: { createServer: make("tls", "either"), Server: make("tls", "either") },
    dgram: { createSocket: { framework: "dgram", api: "dgram", protocol: "udp", via: "call" } },
    inspector: { open: make("inspector", "call", "none", { opensAt: "first-arg-port" }) },
    express: root(make("express", "either")),
    "@feathersjs/express": root(make("feathers", "either")),
    "@feathersjs/feathers": root(make("feathers", "either"), "feathers"),
    koa: root(make("koa", "new")),
    polka: root(make("polka", "either")),
    connect: { ...root(make("connect", "either")), createServer: make("connect", "either") },
    micro: root(make("micro", "either")),
    restify: { createServer: make("restify", "either") },
    fastify: root(make("fastify", "either", "fastify"), "fastify"),
    "@nestjs/core": { "NestFactory.create": make("nestjs", "call") },
    "@hapi/hapi": hapi,
    hapi,
    elysia: { Elysia: make("elysia", "new"), default: make("elysia", "new") },
    "@tinyhttp/app": { App: make("tinyhttp", "new") },
    "hyper-express": { Server: make("hyper-express", "new") },
    "uWebSockets.js": { App: make("uws", "call"), SSLApp: make("uws", "call") },
    "json-server": { create: make("json-server", "call") },
    "http-server": { createServer: make("http-server", "call") },
    "http-proxy": { createProxyServer: make("http-proxy", "either"), createServer: make("http-proxy", "either"), createProxy: make("http-proxy", "either") },
    "apollo-server": { ApolloServer: make("apollo", "new") },
    "@apollo/server/standalone": { startStandaloneServer: opens("apollo", "call", { optionsArgument: 1, optionsPath: ["listen"] }) },
    "webpack-dev-server": root(make("webpack-dev-server", "new", "node", { opensAt: "options-port", optionsArgument: 0, portMayBeWord: true })),
    // Its configs' ports are read as Vite configs (config-file-listeners.ts, VITE_CONFIG_CALLS).
    vite: { createServer: make("vite", "call"), preview: make("vite", "call", "none") },
    listhen: { listen: opens("listhen", "call", { optionsArgument: 1 }) },
    "live-server": { start: opens("live-server", "call", { optionsArgument: 0 }) },
    ws: { WebSocketServer: wsServer, Server: wsServer },
    "socket.io": { ...root(socketIo, "Server"), listen: socketIo, attach: socketIo },
    "engine.io": { listen: make("engine.io", "call", "none", { opensAt: "first-arg-port" }) },
    "@grpc/grpc-js": { Server: make("grpc", "new", "grpc") },
    grpc: { Server: make("grpc", "new", "grpc") },
    "@hono/node-server": { serve: opens("hono", "call"), createAdaptorServer: make("hono", "call") },
    "aedes-server-factory": { createServer: make("aedes", "call") },
    mosca: { Server: opens("mosca", "new") },
    "@oak/oak": oak,
    oak,
    "@oak/oak/http_server_bun": { Server: oakServer },
    "@oak/oak/http_server_native": { Server: oakServer },
    "@oak/oak/http_server_node": { Server: oakServer },
    "lume/core/server.ts": root(opens("lume", "new")),
    "@std/http/server": denoStd,
    "@std/http": denoStd,
    Deno: {
        serve: opens("deno", "call"),
        listen: opens("deno-net", "call"),
        listenTls: opens("deno-tls", "call"),
        listenDatagram: { ...opens("deno-udp", "call"), protocol: "udp" },
    },
    Bun: BUN,
    // `import Bun from "bun"` and `import { serve } from "bun"`: the same functions as the global.
    bun: BUN,
};
/**
 * Packages known to make no listeners: what they return is a client, a pool or an emitter, and its
 * `.listen("channel")` (pg, postgres.js) or `.listen(...)` is never a port, so the fallback for
 * unknown receivers does not apply to their objects.
 */
const NOT_SERVERS = new Set([
    "events",
    "pg",
    "postgres",
    "pg-listen",
    "pg-promise",
    "pg-pubsub",
    "redis",
    "ioredis",
    "mqtt",
    "socket.io-client",
    "mongodb",
    "mongoose",
    "mysql",
    "mysql2",
    "amqplib",
    "nats",
    "kafkajs",
    "axios",
    "undici",
    "node-fetch",
    "got",
    "superagent",
    "supertest",
]);
export function normalizeModuleName(name) {
    return packageOfSpecifier(name);
}
export function isTrackedModule(name) {
    return Object.hasOwn(SERVER_FACTORIES, normalizeModuleName(name));
}
/** A package whose members the collector can judge: a server maker, or known to make none. */
export function isKnownModule(name) {
    const normalized = normalizeModuleName(name);
    return Object.hasOwn(SERVER_FACTORIES, normalized) || NOT_SERVERS.has(normalized);
}
export function findFactory(module, path, via) {
    const table = SERVER_FACTORIES[module];
    const key = path.join(".");
    const factory = table && Object.hasOwn(table, key) ? table[key] : undefined;
    if (!factory)
        return undefined;
    return factory.via === "either" || factory.via === via ? factory : undefined;
}
