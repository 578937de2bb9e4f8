import { AST_NODE_TYPES } from "./ast-runtime.js";
import { isFunctionNode } from "./function-returns.js";
import { portInAddress } from "./grpc-address.js";
import { addressOrOptionsPort, firstOptionsObject, nodeListenPort, optionsPort } from "./listen-arguments.js";
import { settle, trackExpression, trackModuleMember } from "./module-tracker.js";
import { followPath, objectLiteralOf, staticPropertyValue } from "./object-literal.js";
import { neverStarted } from "./never-started.js";
import { hasProperty, memberName } from "./property-names.js";
import { viteConfigPorts } from "./config-file-listeners.js";
import { findFactory, isKnownModule, LISTEN_METHODS, OPENING_METHODS, VITE_CONFIG_CALLS } from "./server-factories.js";
import { evaluatePort } from "./static-port-value.js";
import { unwrapExpression } from "./unwrap-expression.js";
export { LISTEN_METHODS } from "./server-factories.js";
export function siteOf(node, source) {
    const callee = unwrapExpression(node.callee);
    if (node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = memberName(callee);
        if (method !== undefined && LISTEN_METHODS.has(method)) {
            // Arguments first: they are read in this file, while the receiver may be in another module
            // (`handler.bind(this)` on an imported function would read that module for nothing).
            if (!mayCarryPort(node.arguments, source))
                return undefined;
            const receiver = settle(trackExpression(callee.object, source));
            const site = methodSite(method, receiver, node.arguments, source);
            if (site !== "a-module")
                return site;
            // A package we know nothing about (`import app from "@/app"`, a path alias) is an unknown receiver.
            if (receiver?.kind === "module" && !isKnownModule(receiver.module))
                return factorySite(node, source) ?? untracedListen(method, node.arguments, source);
        }
    }
    return factorySite(node, source);
}
/** "a-module": the receiver is a package (`Deno.listen`, `require("socket.io").listen`): read the call as a factory. */
function methodSite(method, receiver, args, source) {
    if (receiver?.kind === "module")
        return "a-module";
    if (receiver && receiver.kind !== "server")
        return undefined;
    if (method === "bindAsync" && (!receiver || receiver.server.api === "grpc"))
        return grpcSite(args, source);
    if (!receiver)
        return untracedListen(method, args, source);
    const { api, framework, protocol } = receiver.server;
    if (!OPENING_METHODS[api].includes(method))
        return undefined;
    if (api === "grpc")
        return grpcSite(args, source);
    const site = api === "address" ? addressOrOptionsPort(args, source) : nodeListenPort(args, source);
    return withKind(calledWith(site, args[0]), framework, protocol);
}
/** The documented fallback: `x.listen(port)` on a receiver we cannot trace is a TCP listener of no known framework. */
function untracedListen(method, args, source) {
    if (method !== "listen")
        return undefined;
    const site = nodeListenPort(args, source) ?? addressString(args, source);
    return withKind(calledWith(site, args[0]), undefined, "tcp");
}
/** `listen(":8000")`, `listen("127.0.0.1:8000")`: to Node a pipe name, but no one names a pipe so; an address here. */
function addressString(args, source) {
    const first = args[0];
    if (first?.type !== AST_NODE_TYPES.Literal || typeof first.value !== "string" || !/^(?:\[[\d:a-fA-F.]*\]|[\w.-]*):\d+$/.test(first.value))
        return undefined;
    return addressOrOptionsPort(args, source);
}
function grpcSite(args, source) {
    const first = args[0];
    const site = first && first.type !== AST_NODE_TYPES.SpreadElement ? portInAddress(first, source) : undefined;
    return site && first && { ...site, at: first.range, framework: "grpc", protocol: "tcp" };
}
/** `defineConfig({ server: { port } })` and friends anywhere: each port of the Vite config. */
export function viteConfigSites(node, source) {
    const first = node.arguments[0];
    if (node.type !== AST_NODE_TYPES.CallExpression || !first || first.type === AST_NODE_TYPES.SpreadElement)
        return [];
    // The ports first, read in this file: `http.createServer(handler)` has none, and its callee
    // need not be tracked (which may mean reading another module).
    const ports = viteConfigPorts(first, source);
    if (ports.length === 0)
        return [];
    const callee = trackModuleMember(node.callee, source);
    if (callee?.module !== "vite" || callee.path.length !== 1 || !VITE_CONFIG_CALLS.has(callee.path[0] ?? ""))
        return [];
    return ports.map((port) => ({ ...port, protocol: "tcp" }));
}
/** Whether any API shape could read a port from these arguments. */
function mayCarryPort(args, source) {
    const first = args[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement || isFunctionNode(unwrapExpression(first)))
        return false;
    return nodeListenPort(args, source) !== undefined || addressOrOptionsPort(args, source) !== undefined;
}
/**
 * Every factory that opens a port takes it in its first two arguments: a port, an address, or an
 * options object with a `port` (at most one level down: Apollo's `{ listen: { port } }`).
 * `server.start()` or `open(file)` need no tracking of their callee.
 */
function factoryMayCarryPort(args, source) {
    return args.slice(0, 2).some((argument) => {
        if (argument.type === AST_NODE_TYPES.SpreadElement || isFunctionNode(unwrapExpression(argument)))
            return false;
        const object = objectLiteralOf(argument, source);
        if (object)
            return hasPortKey(object, source, 1);
        return evaluatePort(argument, source, { stringsArePaths: true }) !== undefined || portInAddress(argument, source) !== undefined;
    });
}
function hasPortKey(object, source, levels) {
    if (hasProperty(object, "port"))
        return true;
    if (levels === 0)
        return false;
    return object.properties.some((property) => {
        if (property.type !== AST_NODE_TYPES.Property)
            return false;
        const inner = objectLiteralOf(property.value, source);
        return inner !== undefined && hasPortKey(inner, source, levels - 1);
    });
}
function factorySite(node, source) {
    if (!factoryMayCarryPort(node.arguments, source))
        return undefined;
    const callee = trackModuleMember(node.callee, source);
    const factory = callee && findFactory(callee.module, callee.path, node.type === AST_NODE_TYPES.NewExpression ? "new" : "call");
    if (!factory?.opensAt)
        return undefined;
    let site;
    if (factory.opensAt === "options-port")
        site = optionsSite(factory, node.arguments, source);
    else if (factory.opensAt === "first-arg-port")
        site = firstArgumentSite(node.arguments, source);
    else
        site = addressSite(node.arguments, source);
    if (site && factory.opensThrough && neverStarted(node, factory.opensThrough, source))
        return undefined;
    return withKind(site, factory.framework, factory.protocol);
}
function optionsSite(factory, args, source) {
    const options = factory.optionsArgument === undefined ? firstOptionsObject(args, source) : optionsAt(args, factory.optionsArgument, source);
    if (!options || factory.attachKeys?.some((key) => hasProperty(options.object, key)))
        return undefined;
    if (factory.listensUnless && staticPropertyValue(options.object, factory.listensUnless, source) === false)
        return undefined;
    const holder = factory.optionsPath ? followPath(options.object, factory.optionsPath, source) : options.object;
    const object = holder && objectLiteralOf(holder, source);
    return object && calledWith(optionsPort(object, source, undefined, { pathsHaveSeparators: factory.portMayBePath, stringsArePaths: factory.portMayBeWord }), options.argument);
}
function optionsAt(args, index, source) {
    const argument = args[index];
    if (!argument || argument.type === AST_NODE_TYPES.SpreadElement)
        return undefined;
    const object = objectLiteralOf(argument, source);
    return object && { object, argument };
}
/** socket.io `new Server(3000)`; `new Server(httpServer)` or `new Server({ cors })` attach instead. */
function firstArgumentSite(args, source) {
    const first = args[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement || objectLiteralOf(first, source))
        return undefined;
    const value = evaluatePort(first, source, { stringsArePaths: true });
    return value && { value, at: first.range };
}
/** Deno std `listenAndServe(":8080", handler)`, `serve(handler, { port })`, old `serve({ port })`. */
function addressSite(args, source) {
    const first = args[0];
    if (first && first.type !== AST_NODE_TYPES.SpreadElement && !objectLiteralOf(first, source)) {
        const address = addressOrOptionsPort(args, source);
        if (address)
            return calledWith(address, first);
    }
    const options = firstOptionsObject(args, source);
    return options && calledWith(optionsPort(options.object, source), options.argument);
}
function calledWith(site, argument) {
    return site && argument ? { ...site, at: argument.range } : site;
}
function withKind(site, framework, protocol) {
    if (!site)
        return undefined;
    return framework === undefined ? { ...site, protocol } : { ...site, framework, protocol };
}
