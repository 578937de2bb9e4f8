// The one value `this.x` holds inside a class, when the class shows it: a field initialiser
// (`port = 3000`), a TypeScript parameter property (`constructor(private port = 3000)`), or the
// one assignment `this.port = port` in the class's methods. More than one write, or `this` that
// belongs to a nested plain function, gives nothing: the value is then not known.
import type { TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";
import { memberName } from "./property-names.js";

export interface MemberValue {
  /** The expression written to the member. */
  value?: TSESTree.Node;
  /** A parameter property's default (`constructor(private port = 3000)`): used when none is passed. */
  defaultValue?: TSESTree.Node;
}

const cache = new WeakMap<TSESTree.ClassBody, Map<string, MemberValue | null>>();

export function thisPropertyValue(node: TSESTree.MemberExpression): MemberValue | undefined {
  if (node.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = ownName(node);
  const body = name === undefined ? undefined : classOfThis(node);
  if (!body || name === undefined) return undefined;
  let members = cache.get(body);
  if (!members) cache.set(body, (members = new Map()));
  if (!members.has(name)) members.set(name, onlyWrite(body, name) ?? null);
  return members.get(name) ?? undefined;
}

/** The class body whose instance `this` is at `node`; arrow functions keep the outer `this`. */
function classOfThis(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) {
      const owner = current.parent;
      if (owner?.type !== AST_NODE_TYPES.MethodDefinition || owner.static) return undefined;
      return owner.parent;
    }
    if (current.type === AST_NODE_TYPES.PropertyDefinition) return current.static ? undefined : current.parent;
    if (current.type === AST_NODE_TYPES.ClassBody || current.type === AST_NODE_TYPES.Program) return undefined;
  }
  return undefined;
}

function onlyWrite(body: TSESTree.ClassBody, name: string): MemberValue | undefined {
  const writes: MemberValue[] = [];
  for (const member of body.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.static && fieldName(member) === name) {
      if (member.value) writes.push({ value: member.value });
    } else if (member.type === AST_NODE_TYPES.MethodDefinition && !member.static) {
      if (member.kind === "constructor" && member.value.type === AST_NODE_TYPES.FunctionExpression) writes.push(...parameterProperties(member.value, name));
      collectAssignments(member.value.body, name, writes);
    }
  }
  return writes.length === 1 ? writes[0] : undefined;
}

function parameterProperties(constructor: TSESTree.FunctionExpression, name: string): MemberValue[] {
  const found: MemberValue[] = [];
  for (const param of constructor.params) {
    if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
    const inner = param.parameter;
    if (inner.type === AST_NODE_TYPES.AssignmentPattern && inner.left.type === AST_NODE_TYPES.Identifier && inner.left.name === name) found.push({ defaultValue: inner.right });
    else if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) found.push({});
  }
  return found;
}

/** `this.name = value` in a method, including its arrow functions, not in nested plain functions or classes. */
function collectAssignments(node: TSESTree.Node | null | undefined, name: string, writes: MemberValue[]): void {
  if (!node) return;
  const stack: TSESTree.Node[] = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === AST_NODE_TYPES.AssignmentExpression && isThisMember(current.left, name)) {
      writes.push(current.operator === "=" ? { value: current.right } : {});
    } else if (current.type === AST_NODE_TYPES.UpdateExpression && isThisMember(current.argument, name)) {
      writes.push({});
    }
    for (const child of childNodes(current)) {
      if (child.type === AST_NODE_TYPES.FunctionExpression || child.type === AST_NODE_TYPES.FunctionDeclaration) continue;
      if (child.type === AST_NODE_TYPES.ClassBody) continue;
      stack.push(child);
    }
  }
}

function isThisMember(node: TSESTree.Node, name: string): boolean {
  return node.type === AST_NODE_TYPES.MemberExpression && node.object.type === AST_NODE_TYPES.ThisExpression && ownName(node) === name;
}

/** `this.port` → "port"; a private `this.#port` → "#port". */
function ownName(node: TSESTree.MemberExpression): string | undefined {
  return node.property.type === AST_NODE_TYPES.PrivateIdentifier ? `#${node.property.name}` : memberName(node);
}

function fieldName(field: TSESTree.PropertyDefinition): string | undefined {
  if (field.key.type === AST_NODE_TYPES.PrivateIdentifier) return `#${field.key.name}`;
  if (!field.computed && field.key.type === AST_NODE_TYPES.Identifier) return field.key.name;
  return field.key.type === AST_NODE_TYPES.Literal ? String(field.key.value) : undefined;
}

/** Child nodes by property, without visitor keys (`parent` excluded). */
function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent" || !value || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      for (const each of value) if (each && typeof each === "object" && typeof (each as TSESTree.Node).type === "string") children.push(each as TSESTree.Node);
    } else if (typeof (value as TSESTree.Node).type === "string") children.push(value as TSESTree.Node);
  }
  return children;
}
