import { AST_NODE_TYPES, ASTUtils } from "./ast-runtime.js";
import { configKind } from "./config-file-names.js";
import { calleeName, memberName, propertyKeyName } from "./property-names.js";
import { unwrapExpression } from "./unwrap-expression.js";
/**
 * Files only type-checked, never run: tsd's `*.test-d.ts` and `test-d/`, TSTyche's `*.tst.ts`,
 * declarations, and type-test folders (`test/types/`, as fastify and Elysia keep them; `__typetests__`).
 */
const TYPE_TEST_FILE = /\.(?:test-d|tst)\.[cm]?[jt]sx?$|\.d\.[cm]?ts$|(?:^|[\\/])(?:test-d|__typetests__|type-?tests?|tests?[\\/]types)[\\/]/;
/** tsd, vitest's expectTypeOf, tstyche's expect…type helpers: their arguments are only type-checked. */
const TYPE_ASSERTIONS = new Set(["expectType", "expectTypeOf", "expectError", "expectAssignable", "expectNotAssignable", "expectNotType", "expectDeprecated", "assertType"]);
const DESCRIBES = new Set(["describe", "context", "suite", "fdescribe", "xdescribe"]);
const TESTS = new Set(["it", "test", "specify", "fit", "xit", "xtest", "bench"]);
const HOOKS = new Set(["before", "after", "beforeEach", "afterEach", "beforeAll", "afterAll", "setup", "teardown", "suiteSetup", "suiteTeardown"]);
const SKIPPED = new Set(["skip", "todo", "xit", "xtest", "xdescribe"]);
/** Calls that end a server before the code after them: `server.close()`, `await app.stop()`, `closeServer(s)`. */
const CLOSE = /^(?:close|stop|shutdown|destroy|terminate|dispose|teardown|kill)/i;
/** What a test of a port conflict says, in its title or in the error it expects. */
const CONFLICT_WORDS = /EADDRINUSE|\b(?:is|are|already|port|address) in use\b|\bport (?:conflict|collision)/i;
export function liveScope(sourceCode, file, offset) {
    const scope = `code:${file}`;
    if (TYPE_TEST_FILE.test(file))
        return { phase: [] };
    const node = nodeAt(sourceCode, offset);
    if (!node)
        return { scope, phase: [] };
    // Every name Vite reads a config from (vite.config-<name>.js, vite.<name>.config.ts too).
    if (configKind(file) === "vite") {
        const command = viteCommand(node);
        if (command)
            return { scope, phase: [command] };
    }
    const phase = phaseOf(node, offset, sourceCode);
    return phase ? { scope, phase } : { phase: [] };
}
/** The phase path, or undefined when the listener never runs. */
function phaseOf(node, offset, sourceCode) {
    const unit = segmentUnit(node, sourceCode);
    const steps = [];
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
        if (parent.type === AST_NODE_TYPES.CallExpression && TYPE_ASSERTIONS.has(calleeName(parent.callee) ?? ""))
            return undefined;
        if (isFunction(parent)) {
            const test = testCallOf(parent, sourceCode);
            if (test?.skipped || test?.conflict)
                return undefined;
            const segment = parent === unit ? segmentOf(parent, offset, sourceCode) : undefined;
            const element = test && test.role !== "hook" ? `${test.role[0]}${parent.range[0]}` : !test && runsWhenCalled(parent, sourceCode) ? `f${parent.range[0]}` : undefined;
            if (element || segment)
                steps.push({ ...(element ? { element } : {}), ...(element && test ? { test } : {}), ...(segment ? { segment } : {}) });
        }
        else if (parent.type === AST_NODE_TYPES.IfStatement || parent.type === AST_NODE_TYPES.ConditionalExpression) {
            if (child === parent.consequent)
                steps.push({ element: `?${parent.range[0]}+` });
            else if (child === parent.alternate)
                steps.push({ element: `?${parent.range[0]}-` });
        }
        else if (parent.type === AST_NODE_TYPES.SwitchCase) {
            steps.push({ element: `c${parent.range[0]}` });
        }
    }
    return outermostFirst(steps);
}
/**
 * A module-level function that only tests call (axios's helper `startHTTPServer(port = 4444)`,
 * called in each `it`), or that the file never uses (an exported `start()`): its listens run in
 * whichever test calls it, so only a server open all along (at top level) is certainly open with
 * them. Called from the top level, a hook, a describe body or another function, or passed along
 * (`ready.then(start)`), it runs as part of that code, as before.
 */
function runsWhenCalled(fn, sourceCode) {
    const name = moduleFunctionName(fn);
    const variable = name === undefined ? undefined : moduleScopeOf(fn, sourceCode)?.set.get(name);
    if (!variable)
        return false;
    return variable.references.filter((reference) => reference.isRead()).every((reference) => isCallInTest(reference.identifier, sourceCode));
}
/** `function start() {}` or `const start = () => {}` in the module's body, exported or not. */
function moduleFunctionName(fn) {
    const atModule = (node) => node?.type === AST_NODE_TYPES.Program || ((node?.type === AST_NODE_TYPES.ExportNamedDeclaration || node?.type === AST_NODE_TYPES.ExportDefaultDeclaration) && node.parent?.type === AST_NODE_TYPES.Program);
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration)
        return fn.id && atModule(fn.parent) ? fn.id.name : undefined;
    const declarator = fn.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== fn || declarator.id.type !== AST_NODE_TYPES.Identifier)
        return undefined;
    return atModule(declarator.parent?.parent) ? declarator.id.name : undefined;
}
/** The scope the function's name is declared in: past a named function expression's own name. */
function moduleScopeOf(fn, sourceCode) {
    let scope = sourceCode.getScope(fn).upper;
    while (scope?.type === "function-expression-name")
        scope = scope.upper;
    return scope;
}
function isCallInTest(identifier, sourceCode) {
    const call = identifier.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === identifier && inTest(call, sourceCode);
}
/** Which stretch between close calls of its unit the listen is in, when the unit has any. */
function segmentOf(unit, offset, sourceCode) {
    const closes = closesIn(unit, sourceCode);
    return closes.length === 0 ? undefined : `s${unit.range[0]}#${closes.filter((at) => at < offset).length}`;
}
/** Reverses the walk, leaving out tests that run concurrently with their siblings. */
function outermostFirst(steps) {
    const phase = [];
    let concurrent = false;
    for (let i = steps.length - 1; i >= 0; i--) {
        const { element, test, segment } = steps[i];
        if (test?.role === "describe")
            concurrent = test.concurrent || (concurrent && !test.sequential);
        const together = test?.role === "test" && (test.concurrent || (concurrent && !test.sequential));
        if (element && !together)
            phase.push(element);
        if (segment)
            phase.push(segment);
    }
    return phase;
}
export function isFunction(node) {
    return node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration;
}
/**
 * The function whose closes separate its listens: the nearest test, hook or describe callback, else
 * the outermost function; none at module top level (a server opened there stays open).
 */
function segmentUnit(node, sourceCode) {
    let outermost;
    for (let parent = node.parent; parent; parent = parent.parent) {
        if (!isFunction(parent))
            continue;
        if (testCallOf(parent, sourceCode))
            return parent;
        outermost = parent;
    }
    return outermost;
}
/** Inside the body of a test (`it`, `test`, node:test's `t.test`), not a describe or a hook. */
export function inTest(node, sourceCode) {
    for (let parent = node.parent; parent; parent = parent.parent) {
        if (isFunction(parent) && testCallOf(parent, sourceCode)?.role === "test")
            return true;
    }
    return false;
}
const testCalls = new WeakMap();
/** What a callback is to a test runner: `describe("x", () => …)` makes its function a describe. */
function testCallOf(fn, sourceCode) {
    let known = testCalls.get(fn);
    if (known === undefined)
        testCalls.set(fn, (known = classify(fn, sourceCode) ?? null));
    return known ?? undefined;
}
function classify(fn, sourceCode) {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn))
        return undefined;
    const names = calleeChain(call.callee);
    if (!names)
        return undefined;
    const [base, ...members] = names;
    const roleName = [...names].reverse().find((name) => DESCRIBES.has(name) || TESTS.has(name) || HOOKS.has(name));
    if (roleName === undefined)
        return undefined;
    // `t.test("sub", fn)` (node:test subtests) has a context object as its base; a bare name must be
    // the test runner's global or import, not a local function that happens to be called `test`.
    if (roleName === base && !isTestRunnerName(call, base, sourceCode))
        return undefined;
    const role = DESCRIBES.has(roleName) ? "describe" : TESTS.has(roleName) ? "test" : "hook";
    const modifiers = new Set(members);
    return {
        role,
        concurrent: modifiers.has("concurrent") || (role === "test" && isAva(call, base, sourceCode) && !modifiers.has("serial")),
        sequential: modifiers.has("sequential") || modifiers.has("serial"),
        skipped: names.some((name) => SKIPPED.has(name)),
        conflict: role !== "hook" && CONFLICT_WORDS.test(sourceCode.getText(call)),
    };
}
/** `describe.each(table)` → describe, each; `test.concurrent.skip` → test, concurrent, skip. */
function calleeChain(callee) {
    const names = [];
    let current = unwrapExpression(callee);
    for (;;) {
        if (current.type === AST_NODE_TYPES.Identifier)
            return [current.name, ...names.reverse()];
        if (current.type === AST_NODE_TYPES.MemberExpression) {
            const name = memberName(current);
            if (name === undefined)
                return undefined;
            names.push(name);
            current = unwrapExpression(current.object);
        }
        else if (current.type === AST_NODE_TYPES.CallExpression)
            current = unwrapExpression(current.callee);
        else if (current.type === AST_NODE_TYPES.TaggedTemplateExpression)
            current = unwrapExpression(current.tag);
        else
            return undefined;
    }
}
function definitionOf(call, name, sourceCode) {
    return ASTUtils.findVariable(sourceCode.getScope(call), name)?.defs[0];
}
/** A global (`describe` under Jest or Mocha), an import, or a `require`: not a local helper. */
function isTestRunnerName(call, name, sourceCode) {
    const def = definitionOf(call, name, sourceCode);
    if (!def)
        return true;
    if (def.type === "ImportBinding")
        return true;
    return def.type === "Variable" && def.node.type === AST_NODE_TYPES.VariableDeclarator && isRequireCall(def.node.init);
}
function isRequireCall(node) {
    const call = node && unwrapExpression(node);
    return call?.type === AST_NODE_TYPES.CallExpression && calleeName(call.callee) === "require";
}
/** AVA runs the tests of a file concurrently unless they are `test.serial`. */
function isAva(call, name, sourceCode) {
    const def = definitionOf(call, name, sourceCode);
    if (def?.type === "ImportBinding")
        return def.parent.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value === "ava";
    if (def?.type !== "Variable" || def.node.type !== AST_NODE_TYPES.VariableDeclarator)
        return false;
    const init = def.node.init && unwrapExpression(def.node.init);
    const source = init?.type === AST_NODE_TYPES.CallExpression ? init.arguments[0] : undefined;
    return isRequireCall(init) && source?.type === AST_NODE_TYPES.Literal && source.value === "ava";
}
const closeCalls = new WeakMap();
/** A callee name that ends a server: `close`, `stopServer`, `shutdown`. */
export function isCloseName(name) {
    return CLOSE.test(name);
}
/**
 * The close-like calls of a file, which the collector gathers on the walk ESLint makes anyway
 * (listener-visitor.ts), so finding a unit's closes does not walk its body again.
 */
export function setCloseCalls(program, calls) {
    closeCalls.set(program, calls);
}
const closeOffsets = new WeakMap();
/** Start offsets of the close-like calls in a unit, leaving out nested test-runner callbacks. */
function closesIn(unit, sourceCode) {
    let found = closeOffsets.get(unit);
    if (found)
        return found;
    const [start, end] = unit.range;
    const inUnit = (closeCalls.get(sourceCode.ast) ?? []).filter((call) => start <= call.range[0] && call.range[1] <= end);
    found = inUnit.filter((call) => !inNestedTest(call, unit, sourceCode)).map((call) => call.range[0]);
    closeOffsets.set(unit, found);
    return found;
}
/** Inside a test-runner callback nested in `unit`: its closes are that callback's. */
function inNestedTest(node, unit, sourceCode) {
    for (let parent = node.parent; parent && parent !== unit; parent = parent.parent) {
        if (isFunction(parent) && testCallOf(parent, sourceCode))
            return true;
    }
    return false;
}
function childrenOf(node, sourceCode) {
    const children = [];
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const value = node[key];
        for (const item of Array.isArray(value) ? value : [value]) {
            if (item && typeof item === "object" && "type" in item)
                children.push(item);
        }
    }
    return children;
}
/** The innermost node whose range holds the offset, found by descending from the program. */
export function nodeAt(sourceCode, offset) {
    let current = sourceCode.ast;
    for (;;) {
        const next = childrenOf(current, sourceCode).find((child) => child.range[0] <= offset && offset < child.range[1]);
        if (!next)
            return current;
        current = next;
    }
}
/** Vite: `server` (and `server.hmr`, served by the dev server when it is the same port) vs `preview`. */
function viteCommand(node) {
    for (let parent = node.parent; parent; parent = parent.parent) {
        if (parent.type !== AST_NODE_TYPES.Property)
            continue;
        const key = propertyKeyName(parent);
        if (key === "hmr")
            return "vite:hmr";
        if (key === "preview")
            return "vite:preview";
        if (key === "server")
            return "vite:serve";
    }
    return undefined;
}
