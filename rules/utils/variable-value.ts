// The one value a variable holds, when the file shows it: a `const`, or any variable written
// exactly once (`let server; server = http.createServer()`). Several writes mean the value
// depends on control flow, so nothing is returned: unknown values are skipped, never guessed.
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
}

export function writtenValue(variable: TSESLint.Scope.Variable): WrittenValue | undefined {
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
  const only = later[0];
  if (def.node.init || later.length !== 1 || !only) return undefined;
  const assignment = patternPath(only.identifier as TSESTree.Identifier);
  const parent = assignment?.top.parent;
  if (!assignment || parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== "=") return undefined;
  return withPattern(only.identifier as TSESTree.Identifier, parent.right);
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
