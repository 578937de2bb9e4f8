// What an expression refers to, as far as listeners care: a module (or a member inside one) or a
// server made by a known factory. Follows ESM imports (renamed too), `require`, `node:` prefixes,
// const and single-write variables, destructuring, `await`, TypeScript casts. Stays in one file.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { memberName } from "./property-names.js";
import { findFactory, GLOBAL_MODULES, normalizeModuleName, type ServerKind } from "./server-factories.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";

export type Tracked =
  | { kind: "module"; module: string; path: readonly string[] }
  | { kind: "server"; server: ServerKind };

/** Deep enough for real chains (`const a = b; const b = require(...)`), bounded against cycles. */
const MAX_DEPTH = 12;

export function trackExpression(node: TSESTree.Node, sourceCode: TSESLint.SourceCode, depth = 0): Tracked | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case AST_NODE_TYPES.Identifier:
      return trackIdentifier(expression, sourceCode, depth);
    case AST_NODE_TYPES.MemberExpression:
      return trackMember(expression, sourceCode, depth);
    case AST_NODE_TYPES.CallExpression:
      return requiredModule(expression, sourceCode) ?? made(expression, "call", sourceCode, depth);
    case AST_NODE_TYPES.NewExpression:
      return made(expression, "new", sourceCode, depth);
    case AST_NODE_TYPES.AwaitExpression:
      return trackExpression(expression.argument, sourceCode, depth + 1);
    case AST_NODE_TYPES.AssignmentExpression:
      return expression.operator === "=" ? trackExpression(expression.right, sourceCode, depth + 1) : undefined;
    case AST_NODE_TYPES.ImportExpression:
      return moduleFromSource(expression.source);
    default:
      return undefined;
  }
}

/** A module root or member that a call or `new` would use: `express`, `http.createServer`. */
export function trackModuleMember(node: TSESTree.Node, sourceCode: TSESLint.SourceCode): Extract<Tracked, { kind: "module" }> | undefined {
  const tracked = trackExpression(node, sourceCode);
  return tracked?.kind === "module" ? tracked : undefined;
}

function trackIdentifier(node: TSESTree.Identifier, sourceCode: TSESLint.SourceCode, depth: number): Tracked | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  if (!variable || variable.defs.length === 0) {
    return GLOBAL_MODULES.has(node.name) ? { kind: "module", module: node.name, path: [] } : undefined;
  }
  const def = variable.defs[0];
  if (def?.type === "ImportBinding") return importBinding(def.node);
  const value = writtenValue(variable);
  if (!value?.expression) return undefined;
  const tracked = trackExpression(value.expression, sourceCode, depth + 1);
  return descend(tracked, value.path);
}

function trackMember(node: TSESTree.MemberExpression, sourceCode: TSESLint.SourceCode, depth: number): Tracked | undefined {
  const name = memberName(node);
  if (name === undefined) return undefined;
  return descend(trackExpression(node.object, sourceCode, depth + 1), [name]);
}

function descend(tracked: Tracked | undefined, path: readonly string[]): Tracked | undefined {
  if (!tracked || path.length === 0) return tracked;
  // A server's members are not servers; only module members are followed.
  return tracked.kind === "module" ? { ...tracked, path: [...tracked.path, ...path] } : undefined;
}

function made(node: TSESTree.CallExpression | TSESTree.NewExpression, via: "call" | "new", sourceCode: TSESLint.SourceCode, depth: number): Tracked | undefined {
  const callee = trackExpression(node.callee, sourceCode, depth + 1);
  if (callee?.kind !== "module") return undefined;
  const factory = findFactory(callee.module, callee.path, via);
  if (!factory) return undefined;
  return { kind: "server", server: { framework: factory.framework, api: factory.api, protocol: factory.protocol } };
}

function importBinding(node: TSESTree.Node): Tracked | undefined {
  const declaration = node.parent;
  if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  const module = moduleFromSource(declaration.source);
  if (!module) return undefined;
  if (node.type !== AST_NODE_TYPES.ImportSpecifier) return module;
  const imported = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : String(node.imported.value);
  // `import { default as x }` is the default import written out.
  return imported === "default" ? module : { ...module, path: [imported] };
}

function requiredModule(node: TSESTree.CallExpression, sourceCode: TSESLint.SourceCode): Tracked | undefined {
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.Identifier || callee.name !== "require" || node.arguments.length !== 1) return undefined;
  // A local function named `require` is not Node's.
  const variable = ASTUtils.findVariable(sourceCode.getScope(callee), callee);
  if (variable && variable.defs.length > 0) return undefined;
  const argument = node.arguments[0];
  return argument ? moduleFromSource(argument) : undefined;
}

function moduleFromSource(source: TSESTree.Node): Extract<Tracked, { kind: "module" }> | undefined {
  const value = source.type === AST_NODE_TYPES.Literal ? source.value : source.type === AST_NODE_TYPES.TemplateLiteral && source.expressions.length === 0 ? source.quasis[0]?.value.cooked : undefined;
  return typeof value === "string" ? { kind: "module", module: normalizeModuleName(value), path: [] } : undefined;
}
