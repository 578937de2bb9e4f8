// A server that opens its port only when a method is called on it (hapi binds in `server.start()`;
// `initialize()`, `inject()`, `register()`, `route()`, `info` do not listen) is no listener when
// the file proves that method is never called: it is held in a `const`/`let` of this file, and
// every use of that variable reads some other member (`server.inject("/")`, `server.info.uri`).
// Any other use (passed, returned, exported, assigned, spread, used bare, a computed member) may
// start it out of sight, so the server stays a listener. So does one held in no variable, and one
// whose variable is never used at all (a snippet whose start is left out).
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { CodeSource } from "./code-source.js";
import { memberName } from "./property-names.js";

/**
 * Whether the server made by `node` is never started: `openingMembers` are the members whose use
 * may open its port (hapi: `start`, and `listener`, its Node server, which can be listened on).
 */
export function neverStarted(node: TSESTree.CallExpression | TSESTree.NewExpression, openingMembers: readonly string[], source: CodeSource): boolean {
  const variable = heldIn(node, source);
  if (!variable) return false;
  const uses = variable.references.filter((reference) => !reference.init);
  return uses.length > 0 && uses.every((reference) => readsOtherMember(reference, openingMembers));
}

/** The variable of `const server = <node>` / `let server = <node>`, unless it is exported there. */
function heldIn(node: TSESTree.Node, source: CodeSource): TSESLint.Scope.Variable | undefined {
  const declarator = node.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
  const declaration = declarator.parent;
  if (declaration.kind !== "const" && declaration.kind !== "let") return undefined;
  if (declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration) return undefined;
  const variable = ASTUtils.findVariable(source.getScope(declarator), declarator.id);
  return variable && variable.defs.length === 1 ? variable : undefined;
}

/** `server.<name>` with a static name that is not one of the opening members; a write never is. */
function readsOtherMember(reference: TSESLint.Scope.Reference, openingMembers: readonly string[]): boolean {
  if (reference.isWrite()) return false;
  const parent = reference.identifier.parent;
  if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier) return false;
  const name = memberName(parent);
  return name !== undefined && !openingMembers.includes(name);
}
