// `port-policy scan` lints JS/TS files with the plugin's own rules, so one CI step yields one
// report for code and config. Each file is read here, under the same size limit as config files,
// and put to the listener prefilter (rules/utils/listener-prefilter.ts): most code opens no
// listener, and such a file is checked by that test alone, without parsing. A file that passes is
// checked without ESLint where ESLint would add nothing (quick-lint.ts), else by ESLint, loaded
// then (code-linter.ts), one file at a time: what is kept of each is its findings and its
// listener count, so memory does not grow with the repository.
//
// Which files say "not checked", and how loudly: a file that cannot be read at all (permissions, a
// FIFO, a dangling link, deleted mid-scan) is an error, as for config files; code that was read
// but that ESLint cannot parse in any mode its toolchain could use, that nests deeper than
// ESLint can walk, or that is over the size limit is a warning: such a file is a template, a
// bundle or needs a parser nobody here has, and failing CI on it would be a false alarm.
import { createRequire } from "node:module";
import { NAMESPACE, isRuleId } from "../core/catalogue.js";
import { makeFinding } from "../core/make-finding.js";
import { portPolicyRules } from "../config/eslint-settings.js";
import { mayOpenListener } from "../../rules/utils/listener-prefilter.js";
import { missingPackage } from "./missing-package.js";
import { generatedCodeReason } from "./generated-code.js";
import { ESLINT_LINE_BREAK } from "./positions.js";
import { decodeCode, readCodeSource } from "./read-source.js";
export async function lintCode(files, options) {
    const findings = [];
    const checked = [];
    const texts = new Map();
    let linter;
    let quickLint;
    const setups = new Map();
    const needTypeScript = [];
    const notes = [];
    for (const file of files) {
        const read = file.bytes !== undefined ? decodeCode(file.bytes) : readCodeSource(file.absolute, file.regular);
        if (!read.ok) {
            findings.push(unreadable(file.path, read));
            continue;
        }
        const generated = file.skipGenerated ? generatedCodeReason(read.text, file.absolute) : undefined;
        if (generated) {
            notes.push({ path: file.path, message: `skipped: ${generated} (--include-vendored scans it)` });
            continue;
        }
        if (!mayOpenListener(read.text, file.absolute)) {
            checked.push({ path: file.path, kind: "code", listeners: 0 });
            continue;
        }
        const policy = options.policyFor(file);
        let setup = setups.get(policy);
        if (!setup)
            setups.set(policy, (setup = { rules: portPolicyRules(policy), policy }));
        // Imported on first use, as ESLint is: a scan of code without listeners loads neither.
        quickLint ??= (await import("./quick-lint.js")).quickLint;
        let outcome = quickLint(read.text, file.absolute, setup);
        if (!outcome) {
            if (!linter) {
                const loaded = await loadLinter();
                if (!loaded.ok)
                    return loaded;
                linter = loaded.linter;
            }
            outcome = linter.lint(read.text, file.absolute, setup);
        }
        const before = findings.length;
        if (outcome.checked) {
            checked.push({ path: file.path, kind: "code", listeners: outcome.listeners });
            for (const message of outcome.messages)
                findings.push(toFinding(file.path, message, read.text));
        }
        else if ("missing" in outcome) {
            needTypeScript.push(file.path);
        }
        else {
            findings.push(notChecked(file.path, outcome.reason, outcome.line, outcome.column));
        }
        if (options.keepTexts && findings.length > before)
            texts.set(file.path, read.text);
    }
    if (needTypeScript.length > 0)
        return { ok: false, error: typeScriptMissing(needTypeScript) };
    return { ok: true, findings, files: checked, texts, notes };
}
/**
 * ESLint, required before code-linter.ts is imported: a package missing under an ES module
 * import of CommonJS code is thrown a second time, uncaught, by Node 20's loader, where a plain
 * require fails once, cleanly.
 */
async function loadLinter() {
    try {
        createRequire(import.meta.url)("eslint/universal");
        const { createCodeLinter } = await import("./code-linter.js");
        return { ok: true, linter: createCodeLinter() };
    }
    catch (error) {
        const missing = missingPackage(error);
        if (missing === undefined)
            throw error;
        return { ok: false, error: `port-policy scan: checking JS/TS code needs the ${missing} package, which is not installed: install it (npm i -D ${missing}), or pass --no-code to check configuration only.\n` };
    }
}
function typeScriptMissing(paths) {
    const which = paths.length === 1 ? paths[0] : `${paths[0]} and ${paths.length - 1} other TypeScript files`;
    return `port-policy scan: ${which} could not be checked: TypeScript that does not erase to JavaScript (an enum, a namespace, a decorator, a parameter property) needs TypeScript's parser, and that needs the typescript package, which is not installed: install it (npm i -D typescript), or pass --no-code to check configuration only.\n`;
}
function unreadable(path, read) {
    return notChecked(path, read.reason, undefined, undefined, read.tooLarge ? "warning" : "error");
}
function notChecked(path, reason, line = 1, column = 1, severity = "warning") {
    const origin = { file: path, line, column, endLine: line, endColumn: column + 1 };
    return makeFinding("parse-error", "parseError", { path, reason }, origin, { source: "code", severity });
}
/** The digits ESLint's location spans: the rules report on the port token itself. */
function portAt(text, message) {
    if (message.endLine !== message.line || message.endColumn === undefined)
        return undefined;
    const line = text.split(ESLINT_LINE_BREAK, message.line)[message.line - 1] ?? "";
    const token = line.slice(message.column - 1, message.endColumn - 1);
    return /^\d+$/.test(token) ? Number(token) : undefined;
}
function toFinding(path, message, text) {
    const id = (message.ruleId ?? "").slice(NAMESPACE.length + 1);
    const finding = {
        ruleId: isRuleId(id) ? id : "parse-error",
        messageId: message.messageId ?? "",
        data: {},
        // ESLint's level is the policy's: each rule has one severity (portPolicyRules(policy)).
        severity: message.severity === 2 ? "error" : "warning",
        message: message.message,
        origin: { file: path, line: message.line, column: message.column, endLine: message.endLine ?? message.line, endColumn: message.endColumn ?? message.column + 1 },
        source: "code",
    };
    const port = portAt(text, message);
    if (port !== undefined)
        finding.port = port;
    return finding;
}
