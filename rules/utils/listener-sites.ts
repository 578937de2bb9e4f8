// Decides whether one call or `new` opens a listener, and where its port is written.
// Receivers must be proven servers (module tracking) — except `x.listen(<port>)` on an object we
// cannot trace, which is still a listener when its first argument is a port number or a
// `{ port }` object (examples often require the framework by a relative path; the research note
// A.4 allows "the first argument looks like a port"). `bindAsync` is gRPC's name alone.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";
import { portInAddress } from "./grpc-address.js";
import { firstOptionsObject, nodeListenPort, optionsPort, type PortSite } from "./listen-arguments.js";
import { trackExpression, trackModuleMember } from "./module-tracker.js";
import { objectLiteralOf } from "./object-literal.js";
import { hasProperty, memberName } from "./property-names.js";
import { findFactory, LISTEN_METHODS, type ServerFactory } from "./server-factories.js";
import { evaluatePort } from "./static-port-value.js";
import type { Protocol } from "../../src/core/listener.js";
import { unwrapExpression } from "./unwrap-expression.js";

export interface ListenerSite extends PortSite {
  /** Undefined when the receiver could not be traced to a known framework. */
  framework?: string;
  protocol: Protocol;
}

export { LISTEN_METHODS } from "./server-factories.js";

export function siteOf(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: TSESLint.SourceCode): ListenerSite | undefined {
  const callee = unwrapExpression(node.callee);
  if (node.type === AST_NODE_TYPES.CallExpression && callee.type === AST_NODE_TYPES.MemberExpression) {
    const method = memberName(callee);
    if (method !== undefined && LISTEN_METHODS.has(method)) {
      const site = methodSite(method, callee.object, node.arguments, sourceCode);
      if (site !== "not-a-server") return site;
    }
  }
  return factorySite(node, sourceCode);
}

/** "not-a-server": the receiver is a module (`Deno.listen`), so the call is read as a factory. */
function methodSite(method: string, receiver: TSESTree.Node, args: readonly TSESTree.CallExpressionArgument[], sourceCode: TSESLint.SourceCode): ListenerSite | undefined | "not-a-server" {
  const tracked = trackExpression(receiver, sourceCode);
  if (tracked?.kind === "module") return "not-a-server";
  if (method === "bindAsync") {
    if (tracked && tracked.server.api !== "grpc") return undefined;
    const first = args[0];
    const site = first && first.type !== AST_NODE_TYPES.SpreadElement ? portInAddress(first, sourceCode) : undefined;
    return site && first && { ...site, at: first.range, framework: "grpc", protocol: "tcp" };
  }
  if (!tracked) return method === "listen" ? withKind(calledWith(nodeListenPort(args, sourceCode), args[0]), undefined, "tcp") : undefined;
  const { api, framework, protocol } = tracked.server;
  const opens =
    (method === "listen" && (api === "node" || api === "fastify" || api === "socket.io")) ||
    (method === "attach" && api === "socket.io") ||
    (method === "bind" && api === "dgram");
  return opens ? withKind(calledWith(nodeListenPort(args, sourceCode), args[0]), framework, protocol) : undefined;
}

function factorySite(node: TSESTree.CallExpression | TSESTree.NewExpression, sourceCode: TSESLint.SourceCode): ListenerSite | undefined {
  const callee = trackModuleMember(node.callee, sourceCode);
  const factory = callee && findFactory(callee.module, callee.path, node.type === AST_NODE_TYPES.NewExpression ? "new" : "call");
  if (!factory?.opensAt) return undefined;
  const site = factory.opensAt === "options-port" ? optionsSite(factory, node.arguments, sourceCode) : firstArgumentSite(node.arguments, sourceCode);
  return withKind(site, factory.framework, factory.protocol);
}

function optionsSite(factory: ServerFactory, args: readonly TSESTree.CallExpressionArgument[], sourceCode: TSESLint.SourceCode): PortSite | undefined {
  const options = firstOptionsObject(args, sourceCode);
  if (!options || factory.attachKeys?.some((key) => hasProperty(options.object, key))) return undefined;
  return calledWith(optionsPort(options.object, sourceCode), options.argument);
}

/** socket.io `new Server(3000)`; `new Server(httpServer)` or `new Server({ cors })` attach instead. */
function firstArgumentSite(args: readonly TSESTree.CallExpressionArgument[], sourceCode: TSESLint.SourceCode): PortSite | undefined {
  const first = args[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || objectLiteralOf(first, sourceCode)) return undefined;
  const value = evaluatePort(first, sourceCode, { stringsArePaths: true });
  return value && { value, at: first.range };
}

function calledWith(site: PortSite | undefined, argument: TSESTree.Node | undefined): PortSite | undefined {
  return site && argument ? { ...site, at: argument.range } : site;
}

function withKind(site: PortSite | undefined, framework: string | undefined, protocol: Protocol): ListenerSite | undefined {
  if (!site) return undefined;
  return framework === undefined ? { ...site, protocol } : { ...site, framework, protocol };
}
