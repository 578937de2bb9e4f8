// Static names of members and object keys: `a.b`, `a["b"]`, `{ b: 1 }`, `{ "b": 1 }`.
// Computed keys that are not string literals have no static name (undefined).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";
import { unwrapExpression } from "./unwrap-expression.js";

export function memberName(node: TSESTree.MemberExpression): string | undefined {
  if (!node.computed) return node.property.type === AST_NODE_TYPES.Identifier ? node.property.name : undefined;
  return stringLiteralValue(node.property);
}

export function propertyKeyName(node: TSESTree.Property): string | undefined {
  if (!node.computed && node.key.type === AST_NODE_TYPES.Identifier) return node.key.name;
  if (node.key.type === AST_NODE_TYPES.Literal) return String(node.key.value);
  return undefined;
}

/** The value of the last `key:` property in an object literal (the one that wins at runtime). */
export function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  let found: TSESTree.Property | undefined;
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === key) found = property;
  }
  return found;
}

export function hasProperty(object: TSESTree.ObjectExpression, key: string): boolean {
  return findProperty(object, key) !== undefined;
}

/** Name of a called function: `f` for `f()`, `g` for `a.b.g()`. */
export function calleeName(callee: TSESTree.Node): string | undefined {
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return memberName(node);
  return undefined;
}

function stringLiteralValue(node: TSESTree.Node): string | undefined {
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === "string") return node.value;
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
