import { AST_NODE_TYPES } from "./ast-runtime.js";
import { memberName } from "./property-names.js";
const cache = new WeakMap();
export function thisPropertyValue(node) {
    if (node.object.type !== AST_NODE_TYPES.ThisExpression)
        return undefined;
    const name = ownName(node);
    const body = name === undefined ? undefined : classOfThis(node);
    if (!body || name === undefined)
        return undefined;
    let members = cache.get(body);
    if (!members)
        cache.set(body, (members = new Map()));
    if (!members.has(name))
        members.set(name, onlyWrite(body, name) ?? null);
    return members.get(name) ?? undefined;
}
/** The class body whose instance `this` is at `node`; arrow functions keep the outer `this`. */
function classOfThis(node) {
    for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
            const owner = current.parent;
            if (owner?.type !== AST_NODE_TYPES.MethodDefinition || owner.static)
                return undefined;
            return owner.parent;
        }
        if (current.type === AST_NODE_TYPES.PropertyDefinition)
            return current.static ? undefined : current.parent;
        if (current.type === AST_NODE_TYPES.ClassBody || current.type === AST_NODE_TYPES.Program)
            return undefined;
    }
    return undefined;
}
function onlyWrite(body, name) {
    const writes = [];
    for (const member of body.body) {
        if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && fieldName(member) === name) {
            if (member.value)
                writes.push({ value: member.value });
        }
        else if (member.type === AST_NODE_TYPES.MethodDefinition && !member.static) {
            if (member.kind === "constructor" && member.value.type === AST_NODE_TYPES.FunctionExpression)
                writes.push(...parameterProperties(member.value, name));
            collectAssignments(member.value.body, name, writes);
        }
    }
    return writes.length === 1 ? writes[0] : undefined;
}
function parameterProperties(constructor, name) {
    const found = [];
    for (const param of constructor.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty)
            continue;
        const inner = param.parameter;
        if (inner.type === AST_NODE_TYPES.AssignmentPattern && inner.left.type === AST_NODE_TYPES.Identifier && inner.left.name === name)
            found.push({ defaultValue: inner.right });
        else if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name)
            found.push({});
    }
    return found;
}
/** `this.name = value` in a method, including its arrow functions, not in nested plain functions or classes. */
function collectAssignments(node, name, writes) {
    if (!node)
        return;
    const stack = [node];
    for (let current = stack.pop(); current; current = stack.pop()) {
        if (current.type === AST_NODE_TYPES.AssignmentExpression && isThisMember(current.left, name)) {
            writes.push(current.operator === "=" ? { value: current.right } : {});
        }
        else if (current.type === AST_NODE_TYPES.UpdateExpression && isThisMember(current.argument, name)) {
            writes.push({});
        }
        for (const child of childNodes(current)) {
            if (child.type === AST_NODE_TYPES.FunctionExpression || child.type === AST_NODE_TYPES.FunctionDeclaration)
                continue;
            if (child.type === AST_NODE_TYPES.ClassBody)
                continue;
            stack.push(child);
        }
    }
}
function isThisMember(node, name) {
    return node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && ownName(node) === name;
}
/** `this.port` → "port"; a private `this.#port` → "#port". */
function ownName(node) {
    return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : memberName(node);
}
function fieldName(field) {
    if (field.key.type === AST_NODE_TYPES.PrivateIdentifier)
        return `#${field.key.name}`;
    if (!field.computed && field.key.type === AST_NODE_TYPES.Identifier)
        return field.key.name;
    return field.key.type === AST_NODE_TYPES.Literal ? String(field.key.value) : undefined;
}
/** Child nodes by property, without visitor keys (`parent` excluded). */
function childNodes(node) {
    const children = [];
    for (const [key, value] of Object.entries(node)) {
        if (key === "parent" || !value || typeof value !== "object")
            continue;
        if (Array.isArray(value)) {
            for (const each of value)
                if (each && typeof each === "object" && typeof each.type === "string")
                    children.push(each);
        }
        else if (typeof value.type === "string")
            children.push(value);
    }
    return children;
}
