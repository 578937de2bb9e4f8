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
export declare const LISTEN_METHODS: ReadonlySet<string>;
/** Vite API calls whose first argument is a Vite config. */
export declare const VITE_CONFIG_CALLS: ReadonlySet<string>;
/** `Deno` and `Bun` are globals; the tracker names them like modules. */
export declare const GLOBAL_MODULES: ReadonlySet<string>;
/** Keyed by module name (without `node:`), then by the member path joined with "." ("" = the module). */
export declare const SERVER_FACTORIES: Readonly<Record<string, Readonly<Record<string, ServerFactory>>>>;
export declare function normalizeModuleName(name: string): string;
export declare function isTrackedModule(name: string): boolean;
export declare function findFactory(module: string, path: readonly string[], via: "call" | "new"): ServerFactory | undefined;
