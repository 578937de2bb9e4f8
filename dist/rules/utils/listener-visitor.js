import { AST_NODE_TYPES } from "./ast-runtime.js";
import { defaultExportedServer } from "./bun-default-export.js";
import { setFileOf } from "./code-source.js";
import { configFilePorts, configKind } from "./config-file-listeners.js";
import { LISTEN_METHODS, siteOf, viteConfigSites } from "./listener-sites.js";
import { isCloseName, setCloseCalls } from "./live-at-once.js";
import { makeCodeListener } from "./make-code-listener.js";
import { memberName } from "./property-names.js";
import { isRelativeSpecifier } from "./module-specifier.js";
import { isTrackedModule, SERVER_FACTORIES, VITE_CONFIG_CALLS } from "./server-factories.js";
import { unwrapExpression } from "./unwrap-expression.js";
const registry = new WeakMap();
/** Member names that can open a listener: listen-like methods and factories with a port option. */
const CANDIDATE_MEMBERS = new Set([
    ...LISTEN_METHODS,
    ...VITE_CONFIG_CALLS,
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
    setFileOf(program, context.physicalFilename);
    const collector = createCollector();
    return {
        CallExpression: collector.onCall,
        NewExpression: collector.onCall,
        ExportDefaultDeclaration(node) {
            collector.defaultExport = node;
        },
        "Program:exit"() {
            registry.delete(program);
            const result = collectListeners(program, collector, context.sourceCode, context.filename);
            for (const each of entry.callbacks)
                each(result);
        },
    };
}
/**
 * The same collection without ESLint (scan's quick path, src/scan/quick-lint.ts): one walk in
 * ESLint's order gathers the candidates and sets the `parent` links ESLint would have set, then
 * they are analysed as at Program:exit.
 */
export function listenersIn(sourceCode, filename, physicalFilename = filename) {
    const program = sourceCode.ast;
    setFileOf(program, physicalFilename);
    const collector = createCollector();
    const stack = [program];
    for (let node = stack.pop(); node; node = stack.pop()) {
        if (node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression)
            collector.onCall(node);
        else if (node.type === AST_NODE_TYPES.ExportDefaultDeclaration)
            collector.defaultExport = node;
        const keys = sourceCode.visitorKeys[node.type] ?? [];
        for (let k = keys.length - 1; k >= 0; k--) {
            const value = node[keys[k]];
            const children = Array.isArray(value) ? value : [value];
            for (let c = children.length - 1; c >= 0; c--) {
                const child = children[c];
                if (!child || typeof child.type !== "string")
                    continue;
                child.parent = node;
                stack.push(child);
            }
        }
    }
    return collectListeners(program, collector, sourceCode, filename);
}
/** Cheap syntactic filter during the walk; scope analysis waits for Program:exit. */
function createCollector() {
    const collector = {
        memberCalls: [],
        bareCalls: [],
        requireBound: new Set(),
        closeCalls: [],
        onCall(node) {
            const callee = unwrapExpression(node.callee);
            const name = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
            if (name !== undefined && node.type === AST_NODE_TYPES.CallExpression && isCloseName(name))
                collector.closeCalls.push(node);
            if (callee.type === AST_NODE_TYPES.MemberExpression) {
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
    if (collector.memberCalls.length === 0 && collector.bareCalls.length === 0 && !kind && !collector.defaultExport)
        return result;
    setCloseCalls(program, collector.closeCalls);
    const bound = importBound(program, collector.requireBound);
    const candidates = [...collector.memberCalls, ...collector.bareCalls.filter((node) => node.callee.type === AST_NODE_TYPES.Identifier && bound.has(node.callee.name))];
    const add = (made) => {
        if (!made)
            return;
        result.listeners.push(...made.listeners);
        result.findings.push(...made.findings);
    };
    const found = candidates.flatMap((node) => [...perValue(siteOf(node, sourceCode)), ...viteConfigSites(node, sourceCode)]);
    if (kind)
        found.push(...configFilePorts(program, kind, sourceCode).map((port) => ({ ...port, protocol: "tcp" })));
    else if (collector.defaultExport)
        found.push(...defaultExportedServer(collector.defaultExport, sourceCode));
    const sites = withoutRepeats(found);
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
/** One token found twice at one place (vite.config's `export default defineConfig(…)` is both a config file and a Vite call). */
function withoutRepeats(sites) {
    const seen = new Set();
    return sites.filter((site) => {
        const key = `${site.value.range.join(":")}@${site.at?.join(":") ?? ""}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** A listen whose port is a parameter opens one listener per call site's value (call-site-arguments.ts). */
function perValue(site) {
    if (!site)
        return [];
    const { alternatives, ...value } = site.value;
    return [value, ...(alternatives ?? [])].map((each) => (each.chosenAt ? { ...site, value: each, at: each.chosenAt } : { ...site, value: each }));
}
/**
 * Local names bound by imports of tracked modules, plus those recorded from `require`. Relative
 * imports count too, `require("..")` may be the framework itself and `./server` may re-export
 * one, but only under a factory's name (or as a whole module): `sleep(100)` from "./utils" is not
 * worth reading ./utils for.
 */
function importBound(program, requireBound) {
    const names = new Set(requireBound);
    for (const statement of program.body) {
        if (statement.type !== AST_NODE_TYPES.ImportDeclaration || !mayBindFactory(statement.source.value))
            continue;
        const relative = isRelativeSpecifier(statement.source.value);
        for (const specifier of statement.specifiers) {
            const imported = specifier.type === AST_NODE_TYPES.ImportSpecifier ? (specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value) : undefined;
            if (!relative || imported === undefined || imported === "default" || FACTORY_NAMES.has(imported))
                names.add(specifier.local.name);
        }
    }
    return names;
}
/** Names under which a package exports a factory (`serve`, `WebSocketServer`, `startStandaloneServer`). */
const FACTORY_NAMES = new Set([
    ...VITE_CONFIG_CALLS,
    ...Object.values(SERVER_FACTORIES).flatMap((table) => Object.keys(table).flatMap((path) => path.split("."))),
]);
/** `const { serve: start } = require("@hono/node-server")` binds `start`; remember such names. */
function recordRequire(node, names) {
    const source = node.arguments[0];
    if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== "string" || !mayBindFactory(source.value))
        return;
    let current = node;
    while (current.parent && (current.parent.type === AST_NODE_TYPES.MemberExpression || current.parent.type === AST_NODE_TYPES.AwaitExpression)) {
        current = current.parent;
    }
    const parent = current.parent;
    if (parent?.type !== AST_NODE_TYPES.VariableDeclarator || parent.init !== current)
        return;
    if (isRelativeSpecifier(source.value) && parent.id.type === AST_NODE_TYPES.ObjectPattern)
        collectFactoryNames(parent.id, names);
    else
        collectNames(parent.id, names);
}
/** `const { WebSocketServer, sleep } = require("..")` binds WebSocketServer only. */
function collectFactoryNames(pattern, names) {
    for (const property of pattern.properties) {
        if (property.type !== AST_NODE_TYPES.Property)
            continue;
        const key = property.key.type === AST_NODE_TYPES.Identifier && !property.computed ? property.key.name : undefined;
        if (key !== undefined && FACTORY_NAMES.has(key))
            collectNames(property.value, names);
    }
}
function mayBindFactory(specifier) {
    return isTrackedModule(specifier) || isRelativeSpecifier(specifier);
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
