import { AST_NODE_TYPES } from "./ast-runtime.js";
import { inTest, isFunction, nodeAt } from "./live-at-once.js";
import { calleeName, memberName } from "./property-names.js";
/** Calls whose argument is expected to throw or reject (node:assert, tap, AVA, Jest's expect chain). */
const ASSERTS_FAILURE = new Set(["rejects", "throws", "throwsAsync", "isRejected", "toThrow", "toThrowError"]);
/** Members after the expression that handle or expect its failure. */
const HANDLES_FAILURE = new Set(["catch", "rejects", "rejected", "rejectedWith", "throw", "toThrow", "toThrowError"]);
/** `offset`: where the port is written in the listen call. */
export function testExpectsFailure(sourceCode, offset) {
    const node = nodeAt(sourceCode, offset);
    if (!node || !inTest(node, sourceCode))
        return false;
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler)
            return true;
        if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
            const name = memberName(parent);
            // `expect(() => …).not.toThrow()` expects it to work.
            if (name === "not")
                return false;
            if (name !== undefined && HANDLES_FAILURE.has(name))
                return true;
            if (name === "then" && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.arguments.length >= 2)
                return true;
        }
        if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== child && ASSERTS_FAILURE.has(calleeName(parent.callee) ?? ""))
            return true;
        // A function's failure reaches an assertion only when handed straight to it (`t.throws(() => …)`,
        // `expect(() => …)`); a `catch` around a callback given to anything else catches nothing of it.
        if (isFunction(parent) && !handedToAssertion(parent))
            return false;
    }
    return false;
}
function handedToAssertion(fn) {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === fn)
        return false;
    const name = calleeName(call.callee) ?? "";
    return name === "expect" || ASSERTS_FAILURE.has(name);
}
