// Express's settings (and nconf's, and a Map's): `app.set("port", process.env.PORT || 3000)`
// then `app.listen(app.get("port"))`. The value of `x.get(key)` is the second argument of the
// one `x.set(key, value)` on the same variable in the file; a second `set` of that key, or none,
// leaves it unknown.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import type { CodeSource } from "./code-source.js";
import { memberName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";

export function settingValue(node: TSESTree.CallExpression, source: CodeSource): TSESTree.Node | undefined {
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || memberName(callee) !== "get" || node.arguments.length !== 1) return undefined;
  const key = staticKey(node.arguments[0], source);
  const owner = unwrapExpression(callee.object);
  if (key === undefined || owner.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(source.getScope(owner), owner);
  if (!variable) return undefined;
  const values: TSESTree.Node[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    const call = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || memberName(member) !== "set") continue;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member || call.arguments.length !== 2) continue;
    const [setKey, value] = call.arguments;
    if (staticKey(setKey, source) === key && value && value.type !== AST_NODE_TYPES.SpreadElement) values.push(value);
  }
  return values.length === 1 ? values[0] : undefined;
}

function staticKey(node: TSESTree.Node | undefined, source: CodeSource): string | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const value = ASTUtils.getStaticValue(node, source.getScope(node));
  return typeof value?.value === "string" ? value.value : undefined;
}
