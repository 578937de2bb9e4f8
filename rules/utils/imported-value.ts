// A value another local module exports: `import { PORT } from "./config.js"`,
// `const config = require("./config"); config.port`, `const { port } = require("./config")`.
// Answers the node written in that module and the module's own source to evaluate it in; the
// caller reports at the use in its own file (ESLint reports only there). Same bounds as the
// tracker: a few modules in a row, modules parsed once per process (local-modules.ts).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { fileOf, type CodeSource } from "./code-source.js";
import { loadLocalModule, type LocalModule } from "./local-modules.js";
import { resolveRelative } from "./module-resolution.js";
import { isRelativeSpecifier } from "./module-specifier.js";
import { followPath } from "./object-literal.js";
import { memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";

export interface Foreign {
  node: TSESTree.Node;
  source: CodeSource;
}

const MAX_HOPS = 4;

/** For an identifier or member chain whose root is a local module's export. */
export function importedValue(node: TSESTree.Node, source: CodeSource): Foreign | undefined {
  const path: string[] = [];
  let root = unwrapExpression(node);
  while (root.type === AST_NODE_TYPES.MemberExpression) {
    const name = memberName(root);
    if (name === undefined) return undefined;
    path.unshift(name);
    root = unwrapExpression(root.object);
  }
  if (root.type !== AST_NODE_TYPES.Identifier) return undefined;
  const start = rootExport(root, source);
  if (!start) return undefined;
  return exportNode(start.module, [...start.path, ...path], 0);
}

/** The module and export path an identifier is bound to, when it is bound to a local module. */
function rootExport(node: TSESTree.Identifier, source: CodeSource): { module: LocalModule; path: string[] } | undefined {
  const variable = ASTUtils.findVariable(source.getScope(node), node);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (def.type === "ImportBinding") {
    const declaration = def.node.parent;
    if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
    const module = localModule(source, declaration.source.value);
    if (!module) return undefined;
    if (def.node.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { module, path: [] };
    if (def.node.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { module, path: ["default"] };
    const imported = def.node.type === AST_NODE_TYPES.ImportSpecifier ? def.node.imported : undefined;
    return imported ? { module, path: [imported.type === AST_NODE_TYPES.Identifier ? imported.name : imported.value] } : undefined;
  }
  const value = writtenValue(variable, { use: node });
  const required = value?.expression && requiredSpecifier(value.expression);
  const module = required === undefined ? undefined : localModule(source, required);
  return module && value ? { module, path: value.path } : undefined;
}

function requiredSpecifier(node: TSESTree.Node): string | undefined {
  const expression = unwrapExpression(node);
  if (expression.type !== AST_NODE_TYPES.CallExpression || expression.callee.type !== AST_NODE_TYPES.Identifier || expression.callee.name !== "require") return undefined;
  const argument = expression.arguments[0];
  return argument?.type === AST_NODE_TYPES.Literal && typeof argument.value === "string" ? argument.value : undefined;
}

function localModule(from: CodeSource, specifier: string): LocalModule | undefined {
  const file = fileOf(from);
  if (file === undefined || !isRelativeSpecifier(specifier)) return undefined;
  const resolved = resolveRelative(file, specifier);
  return resolved?.kind === "file" ? loadLocalModule(resolved.file) : undefined;
}

/** `path` from the module's namespace: [] is what `require` returns, ["default"] the default export. */
function exportNode(module: LocalModule, path: readonly string[], hops: number): Foreign | undefined {
  if (hops >= MAX_HOPS) return undefined;
  const source = module.source;
  const { named, reexports, namespace } = module.exports;
  const [name, ...rest] = path;
  if (name === undefined) return namespace ? { node: namespace, source } : undefined;
  const reexport = reexports.get(name);
  if (reexport && reexport.name !== "*") {
    const target = localModule(source, reexport.specifier);
    return target && exportNode(target, [reexport.name, ...rest], hops + 1);
  }
  const node = named.get(name);
  // CommonJS: `module.exports = { port }` or a const object; its default is itself.
  const written = node ? followPath(node, rest, source) : namespace && followPath(namespace, name === "default" ? rest : [name, ...rest], source);
  return written ? { node: written, source } : undefined;
}
