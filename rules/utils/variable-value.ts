// The one value a variable holds, when the file shows it: a `const`, any variable written exactly
// once (`let server; server = http.createServer()`), or, seen from one use, the one write before
// that use when every other write comes after it in the same function (`let port = 3000;
// server.listen(port); … port = server.address().port`). Otherwise the value depends on control
// flow and nothing is returned: unknown values are skipped, never guessed.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";
import { propertyKeyName } from "./property-names.js";

export interface WrittenValue {
  /** The expression that was written (for destructuring: the object destructured). */
  expression?: TSESTree.Node;
  /** Keys from `expression` down to the variable: `const { a: { b } } = x` gives ["a", "b"]. */
  path: string[];
  /** A default in the pattern or parameter: `const { PORT = 3000 } = process.env`, `(port = 3000) =>`. */
  defaultValue?: TSESTree.Node;
  /**
   * With `overrides: true`: plain assignments between the first write and the use
   * (`let port = 3000; if (process.env.PORT) port = Number(process.env.PORT)`). The caller decides
   * whether they only override a default.
   */
  overrides?: TSESTree.Node[];
}

export interface ValueQuery {
  /** The reference being evaluated; lets a later reassignment leave this use's value known. */
  use?: TSESTree.Node;
  /** Return earlier writes' overrides instead of giving up on them. */
  overrides?: boolean;
}

type Reference = TSESLint.Scope.Reference;

export function writtenValue(variable: TSESLint.Scope.Variable, query: ValueQuery = {}): WrittenValue | undefined {
  const def = variable.defs[0];
  if (!def || variable.defs.length !== 1) return undefined;
  if (def.type === "Parameter") {
    if (def.name.type !== AST_NODE_TYPES.Identifier) return undefined;
    const pattern = patternPath(def.name);
    return pattern?.defaultValue ? { path: [], defaultValue: pattern.defaultValue } : undefined;
  }
  if (def.type !== "Variable") return undefined;
  const writes = variable.references.filter((reference) => reference.isWrite());
  const later = writes.filter((reference) => !reference.init);
  if (def.node.init && later.length === 0) return withPattern(def.name, def.node.init);
  if (!def.node.init && later.length === 1 && later[0]) return assigned(later[0]);
  return query.use ? valueBeforeUse(def.node, writes, query.use, query.overrides === true) : undefined;
}

/** Several writes: the first one, if the use runs after it and before any write that is not an override. */
function valueBeforeUse(declarator: TSESTree.VariableDeclarator, writes: Reference[], use: TSESTree.Node, allowOverrides: boolean): WrittenValue | undefined {
  const before = writes.filter((reference) => reference.identifier.range[1] <= use.range[0]);
  const [first, ...rest] = before;
  if (!first || (rest.length > 0 && !allowOverrides)) return undefined;
  // The use must run in the declaring function's own flow, not in a callback or a loop that may
  // run after a later write.
  const after = writes.filter((write) => write !== first && !rest.includes(write));
  if (functionOf(use) !== functionOf(declarator) || after.some((write) => sharesLoop(write.identifier, use) || inHoistedFunction(write.identifier, declarator))) return undefined;
  if (rest.some((write) => functionOf(write.identifier) !== functionOf(declarator))) return undefined;
  const value = first.init && declarator.init ? withPattern(declarator.id as TSESTree.Identifier, declarator.init) : assigned(first);
  if (!value || rest.length === 0) return value;
  const overrides = rest.map((write) => plainAssignment(write)?.right);
  return overrides.every((each): each is TSESTree.Expression => each !== undefined) ? { ...value, overrides } : undefined;
}

function assigned(write: Reference): WrittenValue | undefined {
  const assignment = plainAssignment(write);
  return assignment ? withPattern(write.identifier as TSESTree.Identifier, assignment.right) : undefined;
}

function plainAssignment(write: Reference): TSESTree.AssignmentExpression | undefined {
  const pattern = patternPath(write.identifier as TSESTree.Identifier);
  const parent = pattern?.top.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" ? parent : undefined;
}

function functionOf(node: TSESTree.Node): TSESTree.Node | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.ArrowFunctionExpression) return current;
  }
  return undefined;
}

/** A function declaration runs whenever it is called, possibly before the use that precedes it. */
function inHoistedFunction(node: TSESTree.Node, declarator: TSESTree.Node): boolean {
  const outer = functionOf(declarator);
  for (let current = functionOf(node); current && current !== outer; current = functionOf(current)) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration) return true;
  }
  return false;
}

const LOOPS: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.ForStatement,
  AST_NODE_TYPES.ForInStatement,
  AST_NODE_TYPES.ForOfStatement,
  AST_NODE_TYPES.WhileStatement,
  AST_NODE_TYPES.DoWhileStatement,
]);

/** A write after the use inside a loop around the use runs before the use's next turn. */
function sharesLoop(write: TSESTree.Node, use: TSESTree.Node): boolean {
  for (let current = use.parent; current; current = current.parent) {
    if (LOOPS.has(current.type) && current.range[0] <= write.range[0] && write.range[1] <= current.range[1]) return true;
  }
  return false;
}

function withPattern(identifier: TSESTree.Identifier, expression: TSESTree.Node): WrittenValue | undefined {
  const pattern = patternPath(identifier);
  if (!pattern) return undefined;
  const value: WrittenValue = { expression, path: pattern.path };
  if (pattern.defaultValue) value.defaultValue = pattern.defaultValue;
  return value;
}

interface PatternPath {
  path: string[];
  defaultValue?: TSESTree.Node;
  /** The outermost pattern node (the declarator id or the assignment's left side). */
  top: TSESTree.Node;
}

/** Walks from a bound identifier up through object patterns; array patterns have no static key. */
function patternPath(identifier: TSESTree.Identifier): PatternPath | undefined {
  const path: string[] = [];
  let defaultValue: TSESTree.Node | undefined;
  let node: TSESTree.Node = identifier;
  for (;;) {
    const parent: TSESTree.Node | undefined = node.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
      // The innermost default is the one that applies to this variable.
      defaultValue ??= parent.right;
      node = parent;
    } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
      const key = propertyKeyName(parent);
      if (key === undefined) return undefined;
      path.unshift(key);
      node = parent.parent;
    } else if (parent?.type === AST_NODE_TYPES.ArrayPattern || parent?.type === AST_NODE_TYPES.RestElement) {
      return undefined;
    } else {
      return defaultValue ? { path, defaultValue, top: node } : { path, top: node };
    }
  }
}
