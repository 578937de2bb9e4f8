// A listen a test makes to see it fail. Fastify's own tests pass -1 and "hello-world" and assert
// the rejection; the invalid port is the point of such a test, not a mistake, so valid-port
// leaves it alone (make-code-listener.ts). A test expects the failure when the listen is
// - in a `try` block with a `catch`: `try { await app.listen({ port: -1 }) } catch (error) { … }`;
// - chained to a rejection handler: `app.listen({ port: -1 }).catch(…)`, `.then(ok, failed)`;
// - handed to an assertion of failure: `assert.rejects(app.listen(…))`, `t.throws(() => …)`,
//   `expect(promise).rejects`, `expect(() => …).toThrow()`, chai's `.to.be.rejected`.
// Outside a test, a caught listen is still a bug: the server the code meant to start never does.
import type { TSESLint, TSESTree } from "@typescript-eslint/utils";
import { AST_NODE_TYPES } from "./ast-runtime.js";
import { inTest, isFunction, nodeAt } from "./live-at-once.js";
import { calleeName, memberName } from "./property-names.js";

/** Calls whose argument is expected to throw or reject (node:assert, tap, AVA, Jest's expect chain). */
const ASSERTS_FAILURE = new Set(["rejects", "throws", "throwsAsync", "isRejected", "toThrow", "toThrowError"]);
/** Members after the expression that handle or expect its failure. */
const HANDLES_FAILURE = new Set(["catch", "rejects", "rejected", "rejectedWith", "throw", "toThrow", "toThrowError"]);

/** `offset`: where the port is written in the listen call. */
export function testExpectsFailure(sourceCode: TSESLint.SourceCode, offset: number): boolean {
  const node = nodeAt(sourceCode, offset);
  if (!node || !inTest(node, sourceCode)) return false;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === AST_NODE_TYPES.TryStatement && parent.block === child && parent.handler) return true;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === child) {
      const name = memberName(parent);
      // `expect(() => …).not.toThrow()` expects it to work.
      if (name === "not") return false;
      if (name !== undefined && HANDLES_FAILURE.has(name)) return true;
      if (name === "then" && parent.parent.type === AST_NODE_TYPES.CallExpression && parent.parent.arguments.length >= 2) return true;
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.callee !== child && ASSERTS_FAILURE.has(calleeName(parent.callee) ?? "")) return true;
    // A function's failure reaches an assertion only when handed straight to it (`t.throws(() => …)`,
    // `expect(() => …)`); a `catch` around a callback given to anything else catches nothing of it.
    if (isFunction(parent) && !handedToAssertion(parent)) return false;
  }
  return false;
}

function handedToAssertion(fn: TSESTree.FunctionLike): boolean {
  const call = fn.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === fn) return false;
  const name = calleeName(call.callee) ?? "";
  return name === "expect" || ASSERTS_FAILURE.has(name);
}
