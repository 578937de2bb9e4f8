// Dev-server ports in bundler config files: Vite `server.port`, `preview.port`, `server.hmr.port`
// (the HMR WebSocket server) in vite.config.*, webpack-dev-server `devServer.port` in
// webpack.config.*. Not `server.hmr.clientPort` (what the browser connects to) nor proxy targets.
// Sources: vite.dev/config/server-options, webpack-dev-server options schema ("auto" is allowed).
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { ConfigKind } from "./config-file-names.js";
import { objectLiteralOf, valueOf } from "./object-literal.js";
import { findProperty } from "./property-names.js";
import { evaluatePort, type PortValue } from "./static-port-value.js";
import { unwrapExpression } from "./unwrap-expression.js";

export { configKind } from "./config-file-names.js";

export interface ConfigPort {
  value: PortValue;
  framework: ConfigKind;
  host?: string;
  at?: [number, number];
}

const PORT_PATHS: Readonly<Record<ConfigKind, readonly (readonly string[])[]>> = {
  vite: [["server"], ["preview"], ["server", "hmr"]],
  "webpack-dev-server": [["devServer"]],
};

const MAX_DEPTH = 8;

export function configFilePorts(program: TSESTree.Program, kind: ConfigKind, sourceCode: TSESLint.SourceCode): ConfigPort[] {
  const ports: ConfigPort[] = [];
  for (const config of exportedConfigs(program, sourceCode)) {
    for (const path of PORT_PATHS[kind]) {
      const section = sectionAt(config, path, sourceCode);
      const port = section ? findProperty(section, "port") : undefined;
      // webpack-dev-server's "auto" picks a free port; a non-numeric string is not a mistake there.
      const value = port ? evaluatePort(port.value, sourceCode, { stringsArePaths: kind === "webpack-dev-server" }) : undefined;
      // `at`: the property's own value, so that no-duplicate-port sees which section it is in.
      if (port && value) ports.push({ value, framework: kind, at: port.value.range });
    }
  }
  return ports;
}

/** `export default X` and `module.exports = X` at the top level. */
function exportedConfigs(program: TSESTree.Program, sourceCode: TSESLint.SourceCode): TSESTree.ObjectExpression[] {
  const configs: TSESTree.ObjectExpression[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      configs.push(...configObjects(statement.declaration, sourceCode, 0));
    } else if (statement.type === AST_NODE_TYPES.ExpressionStatement && isModuleExports(statement.expression)) {
      configs.push(...configObjects(statement.expression.right, sourceCode, 0));
    }
  }
  return configs;
}

/** A config is an object, an array of them (webpack), `defineConfig(...)`, or a function returning one. */
function configObjects(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth: number): TSESTree.ObjectExpression[] {
  if (depth > MAX_DEPTH) return [];
  const expression = unwrapExpression(node);
  const deeper = (child: TSESTree.Node | null | undefined): TSESTree.ObjectExpression[] => (child ? configObjects(child, sourceCode, depth + 1) : []);
  switch (expression.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return [expression];
    case AST_NODE_TYPES.ArrayExpression:
      return expression.elements.flatMap((element) => deeper(element));
    case AST_NODE_TYPES.CallExpression:
      return deeper(expression.arguments[0]);
    case AST_NODE_TYPES.AwaitExpression:
      return deeper(expression.argument);
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.FunctionDeclaration:
      return expression.body.type === AST_NODE_TYPES.BlockStatement ? returnedValues(expression.body).flatMap(deeper) : deeper(expression.body);
    case AST_NODE_TYPES.Identifier:
      return deeper(valueOf(expression, sourceCode) ?? functionDeclaration(expression, sourceCode));
    default:
      return [];
  }
}

function returnedValues(body: TSESTree.BlockStatement): TSESTree.Node[] {
  return body.body.flatMap((statement) => (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument ? [statement.argument] : []));
}

function functionDeclaration(node: TSESTree.Identifier, sourceCode: TSESLint.SourceCode): TSESTree.Node | undefined {
  const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
  return def?.type === "FunctionName" ? def.node : undefined;
}

function sectionAt(config: TSESTree.ObjectExpression, path: readonly string[], sourceCode: TSESLint.SourceCode): TSESTree.ObjectExpression | undefined {
  let current: TSESTree.ObjectExpression | undefined = config;
  for (const key of path) {
    const property: TSESTree.Property | undefined = current ? findProperty(current, key) : undefined;
    current = property ? objectLiteralOf(property.value, sourceCode) : undefined;
  }
  return current;
}

function isModuleExports(node: TSESTree.Expression): node is TSESTree.AssignmentExpression {
  if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== "=") return false;
  const left = node.left;
  return (
    left.type === AST_NODE_TYPES.MemberExpression &&
    left.object.type === AST_NODE_TYPES.Identifier &&
    left.object.name === "module" &&
    left.property.type === AST_NODE_TYPES.Identifier &&
    left.property.name === "exports"
  );
}
