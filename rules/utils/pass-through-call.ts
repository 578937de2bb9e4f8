// A call to a function of the same file that returns its argument, possibly converted to a
// number: express-generator's
//   function normalizePort(val) { var port = parseInt(val, 10); if (isNaN(port)) return val; … return port; }
// makes `normalizePort(process.env.PORT || "3000")` the port of its argument. Only functions the
// file defines are read, and only returns that lead back to a parameter count.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { CodeSource } from "./code-source.js";
import { isNumberConversion } from "./env-key.js";
import { isFunctionNode, returnedExpressions, type FunctionNode } from "./function-returns.js";
import { unwrapExpression } from "./unwrap-expression.js";
import { writtenValue } from "./variable-value.js";

const MAX_DEPTH = 6;
const passedIndex = new WeakMap<FunctionNode, number | null>();

/** The argument whose value the call returns, when the callee is such a function. */
export function passedThroughArgument(node: TSESTree.CallExpression, source: CodeSource): TSESTree.Node | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return undefined;
  const fn = localFunction(callee, source);
  if (!fn) return undefined;
  let index = passedIndex.get(fn);
  if (index === undefined) passedIndex.set(fn, (index = returnedParameter(fn, source) ?? null));
  const argument = index === null ? undefined : node.arguments[index];
  return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
}

function localFunction(callee: TSESTree.Identifier, source: CodeSource): FunctionNode | undefined {
  const variable = ASTUtils.findVariable(source.getScope(callee), callee);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === "FunctionName" && isFunctionNode(def.node)) return def.node;
  const value = variable ? writtenValue(variable)?.expression : undefined;
  const expression = value && unwrapExpression(value);
  return expression && isFunctionNode(expression) ? expression : undefined;
}

function returnedParameter(fn: FunctionNode, source: CodeSource): number | undefined {
  for (const value of returnedExpressions(fn)) {
    const index = parameterBehind(value, fn, source, 0);
    if (index !== undefined) return index;
  }
  return undefined;
}

/** `val`, `Number(val)`, `parseInt(val, 10)`, `+val`, or a local variable holding one of them. */
function parameterBehind(node: TSESTree.Node, fn: FunctionNode, source: CodeSource, depth: number): number | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.CallExpression && isNumberConversion(expression) && expression.arguments[0]) {
    return parameterBehind(expression.arguments[0], fn, source, depth + 1);
  }
  if (expression.type === AST_NODE_TYPES.UnaryExpression && expression.operator === "+") return parameterBehind(expression.argument, fn, source, depth + 1);
  if (expression.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(source.getScope(expression), expression);
  const def = variable?.defs[0];
  if (!variable || !def) return undefined;
  if (def.type === "Parameter" && def.node === fn) {
    const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === expression.name);
    // A parameter the function writes to is no longer what the caller passed.
    return index !== -1 && variable.references.every((reference) => !reference.isWrite()) ? index : undefined;
  }
  const value = writtenValue(variable);
  return value?.expression && value.path.length === 0 ? parameterBehind(value.expression, fn, source, depth + 1) : undefined;
}
