/** Methods that open a port on an existing server object. */
export const LISTEN_METHODS = new Set(["listen", "bind", "bindAsync", "attach"]);
/** Vite API calls whose first argument is a Vite config. */
export const VITE_CONFIG_CALLS = new Set(["defineConfig", "createServer", "preview", "mergeConfig"]);
/** `Deno` and `Bun` are globals; the tracker names them like modules. */
export const GLOBAL_MODULES = new Set(["Deno", "Bun"]);
const node = (framework, protocol = "tcp") => ({ framework, api: "node", protocol, via: "either" });
/** Keyed by module name (without `node:`), then by the member path joined with "." ("" = the module). */
export const SERVER_FACTORIES = {
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
function hapi() {
    const factory = { framework: "hapi", api: "none", protocol: "tcp", via: "either", opensAt: "options-port" };
    return { server: factory, Server: factory };
}
export function normalizeModuleName(name) {
    return name.startsWith("node:") ? name.slice("node:".length) : name;
}
export function isTrackedModule(name) {
    return Object.hasOwn(SERVER_FACTORIES, normalizeModuleName(name));
}
export function findFactory(module, path, via) {
    const table = SERVER_FACTORIES[module];
    const factory = table && Object.hasOwn(table, path.join(".")) ? table[path.join(".")] : undefined;
    if (!factory)
        return undefined;
    return factory.via === "either" || factory.via === via ? factory : undefined;
}
