// Finds the object literal an expression stands for in this file: inline, through const or
// single-write variables, `this.x` set once in a class, or as a property of another literal
// (`config.server`).
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { thisPropertyValue } from "./class-members.js";
import type { CodeSource } from "./code-source.js";
import { findProperty, memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";

const MAX_DEPTH = 12;

export function objectLiteralOf(node: TSESTree.Node, sourceCode: CodeSource, depth = 0): TSESTree.ObjectExpression | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.ObjectExpression) return expression;
  const value = valueOf(expression, sourceCode, depth);
  return value ? objectLiteralOf(value, sourceCode, depth + 1) : undefined;
}

/** The expression a variable or member stands for (one step), or undefined when unknown. */
export function valueOf(node: TSESTree.Node, sourceCode: CodeSource, depth = 0): TSESTree.Node | undefined {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(expression), expression);
    const value = variable ? writtenValue(variable, { use: expression }) : undefined;
    if (!value?.expression) return undefined;
    return value.path.length === 0 ? value.expression : followPath(value.expression, value.path, sourceCode, depth + 1);
  }
  if (expression.type === AST_NODE_TYPES.MemberExpression) {
    if (expression.object.type === AST_NODE_TYPES.ThisExpression) return thisPropertyValue(expression)?.value;
    const key = memberName(expression);
    return key === undefined ? undefined : followPath(expression.object, [key], sourceCode, depth + 1);
  }
  return undefined;
}

/** `followPath(x, ["server", "port"])` is the node written at `x.server.port`. */
export function followPath(node: TSESTree.Node, path: readonly string[], sourceCode: CodeSource, depth = 0): TSESTree.Node | undefined {
  let current: TSESTree.Node = node;
  for (const key of path) {
    const object = objectLiteralOf(current, sourceCode, depth + 1);
    const property = object ? findProperty(object, key) : undefined;
    if (!property) return undefined;
    current = property.value;
  }
  return current;
}

/** The value of `object[key]` when this file fixes it (`{ autoListen: false }`, a constant), else undefined. */
export function staticPropertyValue(object: TSESTree.ObjectExpression, key: string, sourceCode: CodeSource): unknown {
  const property = findProperty(object, key);
  return property && ASTUtils.getStaticValue(property.value, sourceCode.getScope(property.value))?.value;
}
