// A port that is a parameter of a local function is what its callers pass:
//   function initServer(port) { http.createServer(app).listen(port); }
//   initServer(3000); initServer(3001);
// opens two listeners, one per call, each at the argument written there. Only direct calls in the
// same file count (a function passed elsewhere gets other arguments we cannot see), at most
// MAX_CALLS of them, and not the function's calls to itself.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { CodeSource } from "./code-source.js";
import { isFunctionNode, type FunctionNode } from "./function-returns.js";

const MAX_CALLS = 16;

export function callSiteArguments(parameter: TSESLint.Scope.Variable, source: CodeSource): TSESTree.Node[] {
  const def = parameter.defs[0];
  if (def?.type !== "Parameter" || !isFunctionNode(def.node) || parameter.references.some((reference) => reference.isWrite())) return [];
  const fn = def.node;
  const index = fn.params.findIndex((param) => param.type === AST_NODE_TYPES.Identifier && param.name === parameter.name);
  const binding = functionBinding(fn, source);
  if (index === -1 || !binding) return [];
  const found: TSESTree.Node[] = [];
  for (const reference of binding.references) {
    const call = reference.identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier || isInside(call, fn)) continue;
    const argument = call.arguments[index];
    if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) found.push(argument);
    if (found.length > MAX_CALLS) return [];
  }
  return found;
}

/** The variable a function is called through: its declaration's name, or the const it is assigned to. */
function functionBinding(fn: FunctionNode, source: CodeSource): TSESLint.Scope.Variable | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return ASTUtils.findVariable(source.getScope(fn), fn.id) ?? undefined;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(source.getScope(parent), parent.id);
    return variable && variable.references.filter((reference) => reference.isWrite()).length === 1 ? variable : undefined;
  }
  return undefined;
}

function isInside(node: TSESTree.Node, fn: FunctionNode): boolean {
  return fn.range[0] <= node.range[0] && node.range[1] <= fn.range[1];
}
