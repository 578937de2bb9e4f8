import { AST_NODE_TYPES } from "./ast-runtime.js";
import { portInAddress } from "./grpc-address.js";
import { firstOptionsObject, nodeListenPort, optionsPort } from "./listen-arguments.js";
import { trackExpression, trackModuleMember } from "./module-tracker.js";
import { objectLiteralOf } from "./object-literal.js";
import { hasProperty, memberName } from "./property-names.js";
import { findFactory, LISTEN_METHODS } from "./server-factories.js";
import { evaluatePort } from "./static-port-value.js";
import { unwrapExpression } from "./unwrap-expression.js";
export { LISTEN_METHODS } from "./server-factories.js";
export function siteOf(node, sourceCode) {
    const callee = unwrapExpression(node.callee);
    if (node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = memberName(callee);
        if (method !== undefined && LISTEN_METHODS.has(method)) {
            const site = methodSite(method, callee.object, node.arguments, sourceCode);
            if (site !== "not-a-server")
                return site;
        }
    }
    return factorySite(node, sourceCode);
}
/** "not-a-server": the receiver is a module (`Deno.listen`), so the call is read as a factory. */
function methodSite(method, receiver, args, sourceCode) {
    const tracked = trackExpression(receiver, sourceCode);
    if (tracked?.kind === "module")
        return "not-a-server";
    if (method === "bindAsync") {
        if (tracked && tracked.server.api !== "grpc")
            return undefined;
        const first = args[0];
        const site = first && first.type !== AST_NODE_TYPES.SpreadElement ? portInAddress(first, sourceCode) : undefined;
        return site && first && { ...site, at: first.range, framework: "grpc", protocol: "tcp" };
    }
    if (!tracked)
        return method === "listen" ? withKind(calledWith(nodeListenPort(args, sourceCode), args[0]), undefined, "tcp") : undefined;
    const { api, framework, protocol } = tracked.server;
    const opens = (method === "listen" && (api === "node" || api === "fastify" || api === "socket.io")) ||
        (method === "attach" && api === "socket.io") ||
        (method === "bind" && api === "dgram");
    return opens ? withKind(calledWith(nodeListenPort(args, sourceCode), args[0]), framework, protocol) : undefined;
}
function factorySite(node, sourceCode) {
    const callee = trackModuleMember(node.callee, sourceCode);
    const factory = callee && findFactory(callee.module, callee.path, node.type === AST_NODE_TYPES.NewExpression ? "new" : "call");
    if (!factory?.opensAt)
        return undefined;
    const site = factory.opensAt === "options-port" ? optionsSite(factory, node.arguments, sourceCode) : firstArgumentSite(node.arguments, sourceCode);
    return withKind(site, factory.framework, factory.protocol);
}
function optionsSite(factory, args, sourceCode) {
    const options = firstOptionsObject(args, sourceCode);
    if (!options || factory.attachKeys?.some((key) => hasProperty(options.object, key)))
        return undefined;
    return calledWith(optionsPort(options.object, sourceCode), options.argument);
}
/** socket.io `new Server(3000)`; `new Server(httpServer)` or `new Server({ cors })` attach instead. */
function firstArgumentSite(args, sourceCode) {
    const first = args[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement || objectLiteralOf(first, sourceCode))
        return undefined;
    const value = evaluatePort(first, sourceCode, { stringsArePaths: true });
    return value && { value, at: first.range };
}
function calledWith(site, argument) {
    return site && argument ? { ...site, at: argument.range } : site;
}
function withKind(site, framework, protocol) {
    if (!site)
        return undefined;
    return framework === undefined ? { ...site, protocol } : { ...site, framework, protocol };
}
