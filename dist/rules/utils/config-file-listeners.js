import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { returnedExpressions, isFunctionNode } from "./function-returns.js";
import { objectLiteralOf, staticPropertyValue, valueOf } from "./object-literal.js";
import { findProperty } from "./property-names.js";
import { evaluatePort } from "./static-port-value.js";
import { unwrapExpression } from "./unwrap-expression.js";
export { configKind } from "./config-file-names.js";
const PORT_PATHS = {
    vite: [["server"], ["preview"], ["server", "hmr"], ["devtools"]],
    "webpack-dev-server": [["devServer"]],
};
const MAX_DEPTH = 8;
/**
 * Vite's dev and preview servers try the next port when theirs is taken, unless `strictPort: true`
 * (vite.dev/config/server-options#server-strictport); HMR and devtools ports do not move.
 */
const movesUnlessStrict = (path) => path.length === 1 && (path[0] === "server" || path[0] === "preview");
export function configFilePorts(program, kind, sourceCode) {
    return portsOf(exportedConfigs(program, sourceCode), kind, sourceCode);
}
/**
 * A Vite config given to Vite's API in any file: `defineConfig({ … })` in a test,
 * `createServer({ server: { port, hmr: { port } } })`, `preview({ preview: { port } })`.
 */
export function viteConfigPorts(node, sourceCode) {
    return portsOf(configObjects(node, sourceCode, 0), "vite", sourceCode);
}
function portsOf(found, kind, sourceCode) {
    const ports = [];
    const configs = kind === "vite" ? [...found, ...found.flatMap((config) => pluginConfigs(config, sourceCode))] : found;
    for (const config of configs) {
        for (const path of PORT_PATHS[kind]) {
            const section = sectionAt(config, path, sourceCode);
            const port = section ? findProperty(section, "port") : undefined;
            // webpack-dev-server's "auto" picks a free port; a non-numeric string is not a mistake there.
            const value = port ? evaluatePort(port.value, sourceCode, { stringsArePaths: kind === "webpack-dev-server" }) : undefined;
            // `at`: the property's own value, so that no-duplicate-port sees which section it is in (a
            // const shared by server.port and preview.port is reported at each key's value).
            if (!value || !port)
                continue;
            const found = { value, framework: kind, at: port.value.range };
            if (kind === "vite" && section && movesUnlessStrict(path) && staticPropertyValue(section, "strictPort", sourceCode) !== true)
                found.movesWhenTaken = true;
            ports.push(found);
        }
    }
    return ports;
}
/** `export default X` and `module.exports = X` at the top level. */
function exportedConfigs(program, sourceCode) {
    const configs = [];
    for (const statement of program.body) {
        if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
            configs.push(...configObjects(statement.declaration, sourceCode, 0));
        }
        else if (statement.type === AST_NODE_TYPES.ExpressionStatement && isModuleExports(statement.expression)) {
            configs.push(...configObjects(statement.expression.right, sourceCode, 0));
        }
    }
    return configs;
}
/** A config is an object, an array of them (webpack), `defineConfig(...)`, `merge(a, b)`, or a function returning one. */
function configObjects(node, sourceCode, depth) {
    if (depth > MAX_DEPTH)
        return [];
    const expression = unwrapExpression(node);
    const deeper = (child) => (child ? configObjects(child, sourceCode, depth + 1) : []);
    switch (expression.type) {
        case AST_NODE_TYPES.ObjectExpression:
            return [expression];
        case AST_NODE_TYPES.ArrayExpression:
            return expression.elements.flatMap((element) => deeper(element));
        case AST_NODE_TYPES.CallExpression:
            // defineConfig(x), mergeConfig(base, x), webpack-merge's merge(common, x), a local factory's result
            return [...expression.arguments.flatMap((argument) => deeper(argument)), ...(isLocalFunction(expression.callee, sourceCode) ? deeper(expression.callee) : [])];
        case AST_NODE_TYPES.AwaitExpression:
            return deeper(expression.argument);
        case AST_NODE_TYPES.ArrowFunctionExpression:
        case AST_NODE_TYPES.FunctionExpression:
        case AST_NODE_TYPES.FunctionDeclaration:
            return returnedExpressions(expression).flatMap(deeper);
        case AST_NODE_TYPES.Identifier:
            return deeper(valueOf(expression, sourceCode) ?? functionDeclaration(expression, sourceCode));
        default:
            return [];
    }
}
/** `myPlugin()` defined in this file returns its plugin object; an imported function is not read. */
function isLocalFunction(callee, sourceCode) {
    const expression = unwrapExpression(callee);
    if (expression.type !== AST_NODE_TYPES.Identifier)
        return false;
    const target = valueOf(expression, sourceCode) ?? functionDeclaration(expression, sourceCode);
    return target !== undefined && isFunctionNode(unwrapExpression(target));
}
/** Vite plugins written in the config: `plugins: [{ name, config: () => ({ server: { port } }) }]`. */
function pluginConfigs(config, sourceCode) {
    const plugins = findProperty(config, "plugins");
    if (!plugins)
        return [];
    const hooks = configObjects(plugins.value, sourceCode, 0).flatMap((plugin) => {
        const hook = findProperty(plugin, "config");
        return hook ? [hook.value] : [];
    });
    return hooks.flatMap((hook) => configObjects(hook, sourceCode, 0));
}
function functionDeclaration(node, sourceCode) {
    const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
    return def?.type === "FunctionName" ? def.node : undefined;
}
function sectionAt(config, path, sourceCode) {
    let current = config;
    for (const key of path) {
        const property = current ? findProperty(current, key) : undefined;
        current = property ? objectLiteralOf(property.value, sourceCode) : undefined;
    }
    return current;
}
function isModuleExports(node) {
    if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== "=")
        return false;
    const left = node.left;
    return (left.type === AST_NODE_TYPES.MemberExpression &&
        left.object.type === AST_NODE_TYPES.Identifier &&
        left.object.name === "module" &&
        left.property.type === AST_NODE_TYPES.Identifier &&
        left.property.name === "exports");
}
