import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { memberName } from "./property-names.js";
/**
 * Whether the server made by `node` is never started: `openingMembers` are the members whose use
 * may open its port (hapi: `start`, and `listener`, its Node server, which can be listened on).
 */
export function neverStarted(node, openingMembers, source) {
    const variable = heldIn(node, source);
    if (!variable)
        return false;
    const uses = variable.references.filter((reference) => !reference.init);
    return uses.length > 0 && uses.every((reference) => readsOtherMember(reference, openingMembers));
}
/** The variable of `const server = <node>` / `let server = <node>`, unless it is exported there. */
function heldIn(node, source) {
    const declarator = node.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== node || declarator.id.type !== AST_NODE_TYPES.Identifier)
        return undefined;
    const declaration = declarator.parent;
    if (declaration.kind !== "const" && declaration.kind !== "let")
        return undefined;
    if (declaration.parent.type === AST_NODE_TYPES.ExportNamedDeclaration)
        return undefined;
    const variable = ASTUtils.findVariable(source.getScope(declarator), declarator.id);
    return variable && variable.defs.length === 1 ? variable : undefined;
}
/** `server.<name>` with a static name that is not one of the opening members; a write never is. */
function readsOtherMember(reference, openingMembers) {
    if (reference.isWrite())
        return false;
    const parent = reference.identifier.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== reference.identifier)
        return false;
    const name = memberName(parent);
    return name !== undefined && !openingMembers.includes(name);
}
