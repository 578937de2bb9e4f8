import { AST_NODE_TYPES } from "./ast-runtime.js";
import { propertyKeyName } from "./property-names.js";
export function writtenValue(variable) {
    const def = variable.defs[0];
    if (!def || variable.defs.length !== 1)
        return undefined;
    if (def.type === "Parameter") {
        if (def.name.type !== AST_NODE_TYPES.Identifier)
            return undefined;
        const pattern = patternPath(def.name);
        return pattern?.defaultValue ? { path: [], defaultValue: pattern.defaultValue } : undefined;
    }
    if (def.type !== "Variable")
        return undefined;
    const writes = variable.references.filter((reference) => reference.isWrite());
    const later = writes.filter((reference) => !reference.init);
    if (def.node.init && later.length === 0)
        return withPattern(def.name, def.node.init);
    const only = later[0];
    if (def.node.init || later.length !== 1 || !only)
        return undefined;
    const assignment = patternPath(only.identifier);
    const parent = assignment?.top.parent;
    if (!assignment || parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== "=")
        return undefined;
    return withPattern(only.identifier, parent.right);
}
function withPattern(identifier, expression) {
    const pattern = patternPath(identifier);
    if (!pattern)
        return undefined;
    const value = { expression, path: pattern.path };
    if (pattern.defaultValue)
        value.defaultValue = pattern.defaultValue;
    return value;
}
/** Walks from a bound identifier up through object patterns; array patterns have no static key. */
function patternPath(identifier) {
    const path = [];
    let defaultValue;
    let node = identifier;
    for (;;) {
        const parent = node.parent;
        if (parent?.type === AST_NODE_TYPES.AssignmentPattern && parent.left === node) {
            // The innermost default is the one that applies to this variable.
            defaultValue ??= parent.right;
            node = parent;
        }
        else if (parent?.type === AST_NODE_TYPES.Property && parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectPattern) {
            const key = propertyKeyName(parent);
            if (key === undefined)
                return undefined;
            path.unshift(key);
            node = parent.parent;
        }
        else if (parent?.type === AST_NODE_TYPES.ArrayPattern || parent?.type === AST_NODE_TYPES.RestElement) {
            return undefined;
        }
        else {
            return defaultValue ? { path, defaultValue, top: node } : { path, top: node };
        }
    }
}
