import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { thisPropertyValue } from "./class-members.js";
import { fileOf } from "./code-source.js";
import { returnedExpressions } from "./function-returns.js";
import { loadLocalModule } from "./local-modules.js";
import { isRelativeSpecifier } from "./module-specifier.js";
import { packageEntrySource, resolveRelative } from "./module-resolution.js";
import { findProperty, memberName } from "./property-names.js";
import { findFactory, GLOBAL_MODULES, isKnownModule, normalizeModuleName } from "./server-factories.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";
/** Deep enough for real chains (`const a = b; const b = require(...)`), bounded against cycles. */
const MAX_DEPTH = 12;
/** Imports followed in a row (`server.js` → `app.js` → `lib/index.js` → …). */
const MAX_MODULE_HOPS = 4;
/** Methods of a server whose result is something else (an address, a handler, a response). */
const NOT_SERVER_RESULTS = new Set(["address", "callback", "handler", "fetch", "inject", "getRequestHandler", "toString"]);
/** Methods whose result is not the same server: unknown. Every other call on a server chains. */
const NOT_CHAINING = new Set([...NOT_SERVER_RESULTS, "route", "Router", "listen", "bind", "bindAsync", "attach", "close"]);
export function trackExpression(node, source, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const expression = unwrapExpression(node);
    switch (expression.type) {
        case AST_NODE_TYPES.Identifier:
            return trackIdentifier(expression, source, depth);
        case AST_NODE_TYPES.MemberExpression:
            return trackMember(expression, source, depth);
        case AST_NODE_TYPES.CallExpression:
            return requiredModule(expression, source) ?? made(expression, "call", source, depth);
        case AST_NODE_TYPES.NewExpression:
            return made(expression, "new", source, depth);
        case AST_NODE_TYPES.AwaitExpression:
            return trackExpression(expression.argument, source, depth + 1);
        case AST_NODE_TYPES.AssignmentExpression:
            return expression.operator === "=" ? trackExpression(expression.right, source, depth + 1) : undefined;
        case AST_NODE_TYPES.ImportExpression:
            return moduleFromSource(expression.source, source);
        case AST_NODE_TYPES.FunctionDeclaration:
        case AST_NODE_TYPES.FunctionExpression:
        case AST_NODE_TYPES.ArrowFunctionExpression:
            return { kind: "function", node: expression, source };
        default:
            return undefined;
    }
}
/** The value a tracked reference stands for, with local-module exports looked up. */
export function settle(tracked) {
    let current = tracked;
    for (let hops = 0; current?.kind === "local"; hops++) {
        if (hops > MAX_MODULE_HOPS)
            return undefined;
        current = exportValue(current.module, current.path);
    }
    return current;
}
/** A package root or member that a call or `new` would use: `express`, `http.createServer`. */
export function trackModuleMember(node, source) {
    const tracked = settle(trackExpression(node, source));
    return tracked?.kind === "module" ? tracked : undefined;
}
function trackIdentifier(node, source, depth) {
    const variable = ASTUtils.findVariable(source.getScope(node), node);
    if (!variable || variable.defs.length === 0) {
        return GLOBAL_MODULES.has(node.name) ? { kind: "module", module: node.name, path: [] } : undefined;
    }
    const def = variable.defs[0];
    if (def?.type === "ImportBinding")
        return importBinding(def.node, source);
    if (def?.type === "FunctionName" && variable.defs.length === 1)
        return { kind: "function", node: def.node, source };
    const value = writtenValue(variable, { use: node });
    if (!value?.expression)
        return undefined;
    return descend(trackExpression(value.expression, source, depth + 1), value.path);
}
function trackMember(node, source, depth) {
    if (node.object.type === AST_NODE_TYPES.ThisExpression) {
        const value = thisPropertyValue(node)?.value;
        return value ? trackExpression(value, source, depth + 1) : undefined;
    }
    const name = memberName(node);
    if (name === undefined)
        return undefined;
    return descend(trackExpression(node.object, source, depth + 1), [name]);
}
function descend(tracked, path) {
    if (!tracked || path.length === 0)
        return tracked;
    // A server's or a function's members are not servers; only module members are followed.
    if (tracked.kind === "module" || tracked.kind === "local")
        return { ...tracked, path: [...tracked.path, ...path] };
    return undefined;
}
function made(node, via, source, depth) {
    const callee = unwrapExpression(node.callee);
    if (via === "call" && callee.type === AST_NODE_TYPES.MemberExpression) {
        const receiver = settle(trackExpression(callee.object, source, depth + 1));
        const method = memberName(callee);
        // `polka().use(mw).get("/", h)` and `createServer(h).once("error", f)` return the server.
        if (receiver?.kind === "server") {
            if (method === undefined || NOT_SERVER_RESULTS.has(method))
                return method === undefined ? undefined : { kind: "not-a-server" };
            return NOT_CHAINING.has(method) ? undefined : receiver;
        }
        if (receiver?.kind === "not-a-server")
            return receiver;
    }
    const tracked = settle(trackExpression(callee, source, depth + 1));
    if (tracked?.kind === "function")
        return via === "call" ? returnedServer(tracked.node, tracked.source, depth) : undefined;
    if (tracked?.kind !== "module")
        return tracked?.kind === "not-a-server" ? tracked : undefined;
    const factory = findFactory(tracked.module, tracked.path, via);
    if (factory)
        return { kind: "server", server: { framework: factory.framework, api: factory.api, protocol: factory.protocol } };
    return isKnownModule(tracked.module) ? { kind: "not-a-server" } : undefined;
}
const returnsOf = new WeakMap();
/** `function createApp() { const app = express(); …; return app; }`: calling it makes a server. */
function returnedServer(fn, source, depth) {
    const known = returnsOf.get(fn);
    if (known !== undefined)
        return known ?? undefined;
    // A recursive call sees "no server" while its own function is being read.
    returnsOf.set(fn, null);
    const before = cutShort;
    let found;
    for (const value of returnedExpressions(fn)) {
        const tracked = settle(trackExpression(value, source, depth + 1));
        if (tracked?.kind === "server") {
            found = tracked;
            break;
        }
    }
    if (cutShort === before)
        returnsOf.set(fn, found ?? null);
    else
        returnsOf.delete(fn);
    return found;
}
function importBinding(node, source) {
    const declaration = node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration)
        return undefined;
    const module = moduleFromSource(declaration.source, source);
    if (!module)
        return undefined;
    if (node.type === AST_NODE_TYPES.ImportNamespaceSpecifier)
        return module;
    const imported = node.type === AST_NODE_TYPES.ImportSpecifier ? (node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : String(node.imported.value)) : "default";
    // A package's default export is the package itself here (`import express from "express"`);
    // a local module's is its `export default` (or, for CommonJS, `module.exports`).
    if (module.kind === "local")
        return descend(module, [imported]);
    return imported === "default" ? module : descend(module, [imported]);
}
function requiredModule(node, source) {
    const callee = node.callee;
    if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "require" || node.arguments.length !== 1)
        return undefined;
    // A local function named `require` is not Node's.
    const variable = ASTUtils.findVariable(source.getScope(callee), callee);
    if (variable && variable.defs.length > 0)
        return undefined;
    const argument = node.arguments[0];
    return argument ? moduleFromSource(argument, source) : undefined;
}
function moduleFromSource(node, source) {
    const value = node.type === AST_NODE_TYPES.Literal ? node.value : node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0 ? node.quasis[0]?.value.cooked : undefined;
    if (typeof value !== "string")
        return undefined;
    return isRelativeSpecifier(value) ? localModule(source, value) : { kind: "module", module: normalizeModuleName(value), path: [] };
}
function localModule(from, specifier) {
    const file = fileOf(from);
    const resolved = file === undefined ? undefined : resolveRelative(file, specifier);
    if (resolved?.kind === "package")
        return { kind: "module", module: normalizeModuleName(resolved.name), path: [] };
    const module = resolved ? loadLocalModule(resolved.file) : undefined;
    return module && { kind: "local", module, path: [] };
}
/** Local modules whose exports are being evaluated, innermost last: guards cycles and depth. */
const evaluating = [];
/** Per frame of `evaluating`: the most modules any answer below it needed, in a row. */
const heights = [];
/** Counts answers cut short by the guard; an answer that depended on one is not kept. */
let cutShort = 0;
/**
 * The value at `path` of a local module's exports: `require("./app")` is [], `import { app }` is
 * ["app"]. Answers are kept per module with the number of modules they needed, so a kept answer
 * is used only where computing it again would stay within MAX_MODULE_HOPS: the result of a file
 * never depends on which files were linted before it.
 */
function exportValue(module, path) {
    const [name, ...rest] = path;
    const key = name ?? "";
    const kept = module.memo.get(key);
    if (kept) {
        if (!fits(kept.height))
            return undefined;
        report(kept.height);
        return descend(kept.value, rest);
    }
    if (evaluating.includes(module) || !fits(1)) {
        // A cycle's answer depends on where it was entered: not kept either.
        cutShort += 1;
        return undefined;
    }
    const before = cutShort;
    evaluating.push(module);
    heights.push(0);
    let value;
    let height = 1;
    try {
        value = settle(name === undefined ? namespaceValue(module) : namedExport(module, name));
    }
    finally {
        evaluating.pop();
        height += heights.pop() ?? 0;
    }
    report(height);
    if (cutShort === before)
        module.memo.set(key, { value, height });
    return descend(value, rest);
}
/** Whether an answer needing `height` modules fits below the ones being evaluated. */
function fits(height) {
    if (evaluating.length + height <= MAX_MODULE_HOPS)
        return true;
    cutShort += 1;
    return false;
}
function report(height) {
    const top = heights.length - 1;
    if (top >= 0)
        heights[top] = Math.max(heights[top] ?? 0, height);
}
function namespaceValue(module) {
    const namespace = module.exports.namespace;
    return namespace ? trackExpression(namespace, module.source) : undefined;
}
function namedExport(module, name) {
    const alias = packageMember(module, name);
    if (alias)
        return alias;
    const { named, reexports, stars, namespace } = module.exports;
    const local = named.get(name);
    if (local)
        return trackExpression(local, module.source);
    const reexport = reexports.get(name);
    if (reexport) {
        const target = localOrPackage(module, reexport.specifier);
        return reexport.name === "*" ? target : descend(target, [reexport.name]);
    }
    if (namespace) {
        // CommonJS: `module.exports = { app }`, or the namespace's own member; its default is itself.
        const object = unwrapExpression(namespace);
        if (object.type === AST_NODE_TYPES.ObjectExpression) {
            const property = findProperty(object, name);
            return property ? trackExpression(property.value, module.source) : undefined;
        }
        return name === "default" ? namespaceValue(module) : descend(namespaceValue(module), [name]);
    }
    for (const star of stars) {
        const found = settle(descend(localOrPackage(module, star), [name]));
        if (found)
            return found;
    }
    return undefined;
}
/**
 * Inside a framework's repository, an internal module's export that the package entry re-exports
 * is the package's member: vite's tests import `createServer` from "../server", which
 * src/node/index.ts re-exports as vite's `createServer`.
 */
function packageMember(module, name) {
    const owner = packageEntrySource(module.file);
    if (!owner || owner.entry === module.file)
        return undefined;
    const entry = loadLocalModule(owner.entry);
    if (!entry)
        return undefined;
    const here = (specifier) => {
        const resolved = resolveRelative(owner.entry, specifier);
        return resolved?.kind === "file" && resolved.file === module.file;
    };
    for (const [exported, reexport] of entry.exports.reexports) {
        if (reexport.name === name && here(reexport.specifier))
            return { kind: "module", module: normalizeModuleName(owner.name), path: [exported] };
    }
    if (entry.exports.stars.some(here))
        return { kind: "module", module: normalizeModuleName(owner.name), path: [name] };
    return undefined;
}
function localOrPackage(module, specifier) {
    return isRelativeSpecifier(specifier) ? localModule(module.source, specifier) : { kind: "module", module: normalizeModuleName(specifier), path: [] };
}
