import { AST_NODE_TYPES } from "./ast-runtime.js";
import { configFilePorts, configKind } from "./config-file-listeners.js";
import { LISTEN_METHODS, siteOf } from "./listener-sites.js";
import { makeCodeListener } from "./make-code-listener.js";
import { memberName } from "./property-names.js";
import { isTrackedModule, SERVER_FACTORIES } from "./server-factories.js";
import { unwrapExpression } from "./unwrap-expression.js";
const registry = new WeakMap();
/** Member names that can open a listener: listen-like methods and factories with a port option. */
const CANDIDATE_MEMBERS = new Set([
    ...LISTEN_METHODS,
    ...Object.values(SERVER_FACTORIES).flatMap((table) => Object.entries(table).flatMap(([path, factory]) => (factory.opensAt ? [path.split(".").pop() ?? ""] : []))),
]);
export function onFileListeners(context, callback) {
    const program = context.sourceCode.ast;
    const existing = registry.get(program);
    if (existing) {
        existing.callbacks.push(callback);
        return {};
    }
    const entry = { callbacks: [callback] };
    registry.set(program, entry);
    const collector = createCollector();
    return {
        CallExpression: collector.onCall,
        NewExpression: collector.onCall,
        "Program:exit"() {
            registry.delete(program);
            const result = collectListeners(program, collector, context.sourceCode, context.filename);
            for (const each of entry.callbacks)
                each(result);
        },
    };
}
/** Cheap syntactic filter during the walk; scope analysis waits for Program:exit. */
function createCollector() {
    const collector = {
        memberCalls: [],
        bareCalls: [],
        requireBound: new Set(),
        onCall(node) {
            const callee = unwrapExpression(node.callee);
            if (callee.type === AST_NODE_TYPES.MemberExpression) {
                const name = memberName(callee);
                if (name !== undefined && CANDIDATE_MEMBERS.has(name))
                    collector.memberCalls.push(node);
            }
            else if (callee.type === AST_NODE_TYPES.Identifier) {
                if (callee.name === "require" && node.type === AST_NODE_TYPES.CallExpression)
                    recordRequire(node, collector.requireBound);
                else
                    collector.bareCalls.push(node);
            }
            else if (callee.type === AST_NODE_TYPES.CallExpression) {
                // `require("socket.io")(3000)`
                collector.memberCalls.push(node);
            }
        },
    };
    return collector;
}
function collectListeners(program, collector, sourceCode, filename) {
    const result = { listeners: [], findings: [] };
    const kind = configKind(filename);
    if (collector.memberCalls.length === 0 && collector.bareCalls.length === 0 && !kind)
        return result;
    const bound = importBound(program, collector.requireBound);
    const candidates = [...collector.memberCalls, ...collector.bareCalls.filter((node) => node.callee.type === AST_NODE_TYPES.Identifier && bound.has(node.callee.name))];
    const add = (made) => {
        if (!made)
            return;
        result.listeners.push(...made.listeners);
        result.findings.push(...made.findings);
    };
    const sites = candidates.flatMap((node) => siteOf(node, sourceCode) ?? []);
    if (kind)
        sites.push(...configFilePorts(program, kind, sourceCode).map((port) => ({ ...port, protocol: "tcp" })));
    // Call-site order; a port token already claimed by an earlier listener (one const used by two
    // listen calls) is located at the later call's argument instead, so each report has its own place.
    sites.sort((a, b) => (a.at ?? a.value.range)[0] - (b.at ?? b.value.range)[0]);
    const claimed = new Set();
    for (const site of sites) {
        const shared = claimed.has(site.value.range[0]);
        claimed.add(site.value.range[0]);
        add(makeCodeListener(shared && site.at ? { ...site, value: { ...site.value, range: site.at } } : site, sourceCode, filename));
    }
    // Source order, so that "the second listen(3000)" is the one reported as the duplicate.
    result.listeners.sort((a, b) => a.origin.line - b.origin.line || a.origin.column - b.origin.column);
    return result;
}
/** Local names bound by imports of tracked modules, plus those recorded from `require`. */
function importBound(program, requireBound) {
    const names = new Set(requireBound);
    for (const statement of program.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !isTrackedModule(statement.source.value))
            continue;
        for (const specifier of statement.specifiers)
            names.add(specifier.local.name);
    }
    return names;
}
/** `const { serve: start } = require("@hono/node-server")` binds `start`; remember such names. */
function recordRequire(node, names) {
    const source = node.arguments[0];
    if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string" || !isTrackedModule(source.value))
        return;
    let current = node;
    while (current.parent && (current.parent.type === AST_NODE_TYPES.MemberExpression || current.parent.type === AST_NODE_TYPES.AwaitExpression)) {
        current = current.parent;
    }
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current)
        collectNames(parent.id, names);
}
function collectNames(pattern, names) {
    if (pattern.type === AST_NODE_TYPES.Identifier)
        names.add(pattern.name);
    else if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
        for (const property of pattern.properties)
            collectNames(property.type === AST_NODE_TYPES.Property ? property.value : property.argument, names);
    }
    else if (pattern.type === AST_NODE_TYPES.AssignmentPattern)
        collectNames(pattern.left, names);
}
