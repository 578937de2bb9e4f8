import type { Protocol } from "../../src/core/listener.js";
/**
 * How the made object opens its port later:
 * - `node`: `listen(port[, host][, backlog][, cb])` or `listen({ port, host })` (net.Server and
 *   every framework that forwards to it: Express, Koa, Polka, Restify, NestJS, Elysia);
 * - `fastify`: `listen({ port, host })` (the variadic form is deprecated but still seen);
 * - `socket.io`: `io.listen(port)` / `io.attach(port)`; with a server argument it attaches;
 * - `dgram`: `socket.bind(port[, address])` or `bind({ port, address })`;
 * - `grpc`: `bindAsync("host:port", creds, cb)` (legacy grpc: `bind`);
 * - `address`: `listen({ port, hostname })` or `listen("host:port")` (oak);
 * - `none`: nothing to call later (the port is given when the object is made).
 */
export type ListenApi = "node" | "fastify" | "socket.io" | "dgram" | "grpc" | "address" | "none";
/**
 * How the factory call itself opens a port, when it does:
 * - `options-port`: an options object's `port` (hapi, ws, Hono `serve`, Deno, Bun);
 * - `first-arg-port`: a port as the first argument (`new Server(3000)` in socket.io);
 * - `address-or-options`: a `"host:port"` string or an options object (Deno std `listenAndServe`).
 */
export type OpensAt = "options-port" | "first-arg-port" | "address-or-options";
export interface ServerKind {
    /** Name given to the core as `identity.framework`. */
    framework: string;
    api: ListenApi;
    protocol: Protocol;
}
export interface ServerFactory extends ServerKind {
    /**
   * `call`: `f()`; `new`: `new F()`; `either`: both work (Node's `http.Server`; any factory that is a
   * plain function returning an object, like `new Fastify()` in Fastify's own tests).
   */
    via: "call" | "new" | "either";
    opensAt?: OpensAt;
    /** Which argument holds the options; absent: the first object among the first two. */
    optionsArgument?: number;
    /** Keys from the options object to the one holding `port` (Apollo: `{ listen: { port } }`). */
    optionsPath?: readonly string[];
    /** Option keys that mean "attach to an existing server, open nothing" (ws `server`, `noServer`). */
    attachKeys?: readonly string[];
    /** An option that, set to `false`, means the server never listens (hapi's `autoListen`). */
    listensUnless?: string;
    /**
     * The made server opens its port only once one of these members is used (hapi's `start`, or
     * `listener`, its Node server): held in a variable that never uses them, it is no listener
     * (never-started.ts).
     */
    opensThrough?: readonly string[];
    /** The `port` option may be a Unix socket path or a Windows pipe (hapi): such a string is no port. */
    portMayBePath?: boolean;
    /** The `port` option may be a word of the server's own (webpack-dev-server's "auto"): no string is a mistake. */
    portMayBeWord?: boolean;
}
/** Methods that open a port on an existing server object. */
export declare const LISTEN_METHODS: ReadonlySet<string>;
/** Which method opens the port, per API. */
export declare const OPENING_METHODS: Readonly<Record<ListenApi, readonly string[]>>;
/**
 * The methods read on a receiver that cannot be traced (listener-sites.ts): `x.listen(3000)`,
 * and gRPC's `bindAsync`, a name no other API uses. The others need a server some module made.
 */
export declare const UNTRACED_METHODS: ReadonlySet<string>;
/** Vite API calls whose first argument is a Vite config. */
export declare const VITE_CONFIG_CALLS: ReadonlySet<string>;
/** `Deno` and `Bun` are globals; the tracker names them like modules. */
export declare const GLOBAL_MODULES: ReadonlySet<string>;
type Table = Readonly<Record<string, ServerFactory>>;
/** Keyed by package name (see module-specifier.ts), then by the member path joined with "." ("" = the module). */
export declare const SERVER_FACTORIES: Readonly<Record<string, Table>>;
export declare function normalizeModuleName(name: string): string;
export declare function isTrackedModule(name: string): boolean;
/** A package whose members the collector can judge: a server maker, or known to make none. */
export declare function isKnownModule(name: string): boolean;
export declare function findFactory(module: string, path: readonly string[], via: "call" | "new"): ServerFactory | undefined;
export {};
