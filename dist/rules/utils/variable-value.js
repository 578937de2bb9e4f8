import { AST_NODE_TYPES } from "./ast-runtime.js";
import { propertyKeyName } from "./property-names.js";
export function writtenValue(variable, query = {}) {
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
    if (!def.node.init && later.length === 1 && later[0])
        return assigned(later[0]);
    return query.use ? valueBeforeUse(def.node, writes, query.use, query.overrides === true) : undefined;
}
/** Several writes: the first one, if the use runs after it and before any write that is not an override. */
function valueBeforeUse(declarator, writes, use, allowOverrides) {
    const before = writes.filter((reference) => reference.identifier.range[1] <= use.range[0]);
    const [first, ...rest] = before;
    if (!first || (rest.length > 0 && !allowOverrides))
        return undefined;
    // The use must run in the declaring function's own flow, not in a callback or a loop that may
    // run after a later write.
    const after = writes.filter((write) => write !== first && !rest.includes(write));
    if (functionOf(use) !== functionOf(declarator) || after.some((write) => sharesLoop(write.identifier, use) || inHoistedFunction(write.identifier, declarator)))
        return undefined;
    if (rest.some((write) => functionOf(write.identifier) !== functionOf(declarator)))
        return undefined;
    const value = first.init && declarator.init ? withPattern(declarator.id, declarator.init) : assigned(first);
    if (!value || rest.length === 0)
        return value;
    const overrides = rest.map((write) => plainAssignment(write)?.right);
    return overrides.every((each) => each !== undefined) ? { ...value, overrides } : undefined;
}
function assigned(write) {
    const assignment = plainAssignment(write);
    return assignment ? withPattern(write.identifier, assignment.right) : undefined;
}
function plainAssignment(write) {
    const pattern = patternPath(write.identifier);
    const parent = pattern?.top.parent;
    return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.operator === "=" ? parent : undefined;
}
function functionOf(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.ArrowFunctionExpression)
            return current;
    }
    return undefined;
}
/** A function declaration runs whenever it is called, possibly before the use that precedes it. */
function inHoistedFunction(node, declarator) {
    const outer = functionOf(declarator);
    for (let current = functionOf(node); current && current !== outer; current = functionOf(current)) {
        if (current.type === AST_NODE_TYPES.FunctionDeclaration)
            return true;
    }
    return false;
}
const LOOPS = new Set([
    AST_NODE_TYPES.ForStatement,
    AST_NODE_TYPES.ForInStatement,
    AST_NODE_TYPES.ForOfStatement,
    AST_NODE_TYPES.WhileStatement,
    AST_NODE_TYPES.DoWhileStatement,
]);
/** A write after the use inside a loop around the use runs before the use's next turn. */
function sharesLoop(write, use) {
    for (let current = use.parent; current; current = current.parent) {
        if (LOOPS.has(current.type) && current.range[0] <= write.range[0] && write.range[1] <= current.range[1])
            return true;
    }
    return false;
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
