// Scan's quick path: a JS/TS file that passed the prefilter is parsed with espree and analysed
// with eslint-scope, ESLint's own parser and scope analysis with ESLint's options, and the rules'
// shared collector and core checks run on it directly. ESLint's Linter adds nothing such a file
// needs and costs most of a cold scan: loading it and running its first lints took 145–196 ms
// against 45–60 ms for the parse and scope analysis alone, over 69 small files.
//
// It answers only where ESLint would say the same (test/scan/quick-lint.test.ts compares the two
// over every fixture): no `eslint` comment could disable one of our rules and no `global` comment
// declares a variable, and one of the file's JavaScript modes parses. Anything else (a parse
// error, syntax only TypeScript's parser takes, a tree too deep to walk, a layout of ESLint this
// does not know) gives `undefined`, and the file goes to ESLint's Linter as before.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { NAMESPACE, catalogueEntry, isRuleId, renderMessage } from "../core/catalogue.js";
import { evaluate } from "../core/evaluate.js";
import { innermostScope } from "../../rules/utils/code-source.js";
import { listenersIn } from "../../rules/utils/listener-visitor.js";
import { nothingLeftToLint, parseModes, sourcesIn } from "./parse-modes.js";
import { eslintLineCounter } from "./positions.js";
const require = createRequire(import.meta.url);
/** Words every comment starts with that could change what ESLint reports or its scopes. */
const DIRECTIVE_WORDS = /eslint|global/;
/** ESLint's directive comments: `eslint-disable-next-line rule -- why`, `/* eslint rule: off *\/`, `/* global x *\/`. */
const DIRECTIVE = /^(eslint(?:-[a-z]+)*|globals?)(?:\s|$)/;
const DISABLES = new Set(["eslint-disable", "eslint-enable", "eslint-disable-line", "eslint-disable-next-line"]);
let tools;
/** espree, eslint-scope and the globals ESLint declares, or null where ESLint's layout is not known. */
function loadTools() {
    try {
        const globals = require(join(dirname(require.resolve("eslint/package.json")), "conf", "globals.js"));
        const eslintScope = require("eslint-scope");
        if (typeof eslintScope.ScopeManager.prototype.addGlobals !== "function")
            return null;
        return { espree: require("espree"), eslintScope, globals };
    }
    catch {
        return null;
    }
}
export function quickLint(text, absolute, setup) {
    tools ??= loadTools();
    if (!tools)
        return undefined;
    for (const mode of parseModes(absolute)) {
        if (mode === "typescript")
            return undefined;
        for (const source of sourcesIn(mode, text, absolute)) {
            const nothing = nothingLeftToLint(source, text, absolute, mode);
            if (nothing)
                return nothing;
            const sourceCode = parse(source, mode);
            if (sourceCode)
                return check(sourceCode, absolute, setup, mode);
        }
    }
    return undefined;
}
/** What ESLint's Linter would make of the text with scan's languageOptions, or undefined if espree refuses it. */
function parse(text, mode) {
    const { espree, eslintScope, globals } = tools;
    const sourceType = mode === "erased" ? "module" : mode;
    const ecmaVersion = espree.latestEcmaVersion + 2009;
    let ast;
    try {
        ast = espree.parse(text, { ecmaVersion: "latest", sourceType, range: true, comment: true, ecmaFeatures: { jsx: true } });
    }
    catch {
        return undefined;
    }
    if (DIRECTIVE_WORDS.test(text) && ast.comments?.some(concernsTheRules))
        return undefined;
    let scopeManager;
    try {
        scopeManager = eslintScope.analyze(ast, {
            ignoreEval: true,
            nodejsScope: sourceType === "commonjs",
            ecmaVersion,
            sourceType,
            childVisitorKeys: espree.VisitorKeys,
            jsx: true,
        });
    }
    catch (error) {
        // Nested deeper than its recursion goes: ESLint's Linter says so for the file.
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
    const declared = { ...globals[`es${ecmaVersion}`], ...(sourceType === "commonjs" ? globals.commonjs : {}) };
    scopeManager.addGlobals(Object.keys(declared).filter((name) => declared[name] !== "off"));
    return sourceCodeOf(text, ast, scopeManager);
}
/**
 * A directive that may disable a port-policy rule or declare a global: one that names no rule
 * (`// eslint-disable-next-line` disables them all) or names one of ours, a config comment
 * naming ours, or a `global` comment. `// eslint-disable-next-line no-console` concerns other rules.
 */
function concernsTheRules(comment) {
    const text = comment.value.trim();
    const directive = DIRECTIVE.exec(text)?.[1];
    if (directive === undefined)
        return false;
    if (directive === "global" || directive === "globals")
        return true;
    const rules = text.slice(directive.length).split(/\s-{2,}\s/)[0];
    if (DISABLES.has(directive))
        return rules.trim() === "" || rules.includes(NAMESPACE);
    return directive === "eslint" && rules.includes(NAMESPACE);
}
/** The part of ESLint's SourceCode the collector reads. */
function sourceCodeOf(text, ast, manager) {
    // Positions are asked only of a file with listeners: its line starts are found then.
    let lines;
    const source = {
        text,
        ast,
        visitorKeys: tools.espree.VisitorKeys,
        getText: (node) => (node ? text.slice(node.range[0], node.range[1]) : text),
        getScope: (node) => innermostScope(manager, node),
        getLocFromIndex(index) {
            const { line, col } = (lines ??= eslintLineCounter(text)).linePos(index);
            return { line, column: col - 1 };
        },
    };
    return source;
}
/** The rules' reports, as ESLint's messages: each rule on at its severity, its findings in order. */
function check(sourceCode, absolute, setup, mode) {
    let found;
    try {
        found = listenersIn(sourceCode, absolute);
    }
    catch (error) {
        if (error instanceof RangeError)
            return undefined;
        throw error;
    }
    const messages = [];
    if (found.listeners.length > 0 || found.findings.length > 0) {
        for (const [key, entry] of Object.entries(setup.rules)) {
            const id = key.slice(NAMESPACE.length + 1);
            const level = Array.isArray(entry) ? entry[0] : entry;
            const severity = level === "error" || level === 2 ? 2 : level === "warn" || level === 1 ? 1 : 0;
            if (severity === 0 || !isRuleId(id))
                continue;
            const own = found.findings.filter((finding) => finding.ruleId === id);
            for (const finding of [...own, ...evaluate(found.listeners, setup.policy, { only: [id] })])
                messages.push(messageOf(finding, key, severity));
        }
    }
    // ESLint's order: by line, then column; a stable sort keeps each rule's own order.
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    return { checked: true, messages, listeners: found.listeners.length, unresolved: found.findings.length, mode };
}
function messageOf(finding, ruleId, severity) {
    const template = catalogueEntry(finding.ruleId)?.messages[finding.messageId] ?? finding.messageId;
    const { origin } = finding;
    return {
        ruleId,
        severity,
        message: renderMessage(template, finding.data),
        messageId: finding.messageId,
        line: origin.line,
        column: origin.column,
        endLine: origin.endLine,
        endColumn: origin.endColumn,
    };
}
