// The scanner: paths → files → front ends → Listener[] → evaluate(). Front-end findings (malformed
// specs, unreadable files) join the checks' findings under the same policy and inline directives.
// Nothing here throws for bad input: every file that could not be checked is a parse-error finding.
import { applyPolicy, compareFindings, evaluate } from "../core/evaluate.js";
import { suppress } from "../core/suppress.js";
import { isComposeDocument } from "./compose/index.js";
import { selectChanged } from "./changed-files.js";
import { composeFilesNaming } from "./changed-env-files.js";
import { isCodeName } from "./detect-kind.js";
import { discoverFiles } from "./discover.js";
import { frontEndRun } from "./front-ends.js";
import { loadFile, parseErrorFinding } from "./load-file.js";
import { appendAll } from "./append-all.js";
export const STDIN_PATH = "<stdin>";
const CONTENT_TESTS = { isComposeDocument };
export function scanPaths(paths, options) {
    const { cwd } = options;
    const named = paths.filter((path) => path !== "-");
    const useStdin = named.length < paths.length;
    const discovery = useStdin && named.length === 0
        ? { files: [], unreadable: [], notes: [] }
        : discoverFiles(named, {
            cwd,
            code: options.code === true,
            includeVendored: options.includeVendored === true,
            followExternalLinks: options.followExternalLinks === true,
            ...(options.ignore ? { ignore: options.ignore } : {}),
        });
    const diagnostics = [...discovery.notes];
    const unchecked = discovery.unreadable.map((entry) => parseErrorFinding(entry.path, entry.reason));
    const changed = options.changed ? keepChanged(discovery.files, options.changed) : discovery.files;
    const allCode = options.code ? changed.filter((file) => isCodeName(file.path.slice(file.path.lastIndexOf("/") + 1))) : [];
    const isCode = new Set(allCode);
    const selected = isCode.size > 0 ? changed.filter((file) => !isCode.has(file)) : changed;
    // Discovery lists regular files only, so reading needs no fstat first.
    const requests = selected.map((file) => ({ path: file.path, absolute: file.absolute, explicit: file.explicit, regular: true }));
    if (useStdin)
        requests.push({ path: options.stdin?.filename ?? STDIN_PATH, explicit: true, bytes: options.stdin?.bytes ?? Buffer.alloc(0) });
    const frontEnds = frontEndRun(options);
    const texts = options.keepTexts ? new Map() : undefined;
    for (const request of requests) {
        const result = loadFile(request, CONTENT_TESTS);
        if ("file" in result) {
            texts?.set(request.path, result.file.text);
            frontEnds.add(result.file);
            appendAll(unchecked, result.findings);
        }
        else if ("finding" in result) {
            if (result.text !== undefined)
                texts?.set(request.path, result.text);
            unchecked.push(result.finding);
        }
        else
            diagnostics.push({ path: request.path, message: `skipped: ${result.skipped}` });
    }
    const frontEnd = frontEnds.finish();
    const checked = checkByPolicy(frontEnd.listeners, frontEnd.findings, options);
    return {
        findings: [...applyDirectives(checked, frontEnds.directives), ...unchecked].sort(compareFindings),
        files: summarizeFiles(frontEnds.files, frontEnd.listeners),
        listeners: frontEnd.listeners,
        diagnostics,
        codeFiles: allCode,
        ...(texts ? { texts } : {}),
    };
}
/**
 * Every listener is checked under the policy of its own file. Listeners that can collide (one
 * compose project, one pod, one source file) sit in one directory, so grouping by policy keeps
 * every scope no-duplicate-port compares whole.
 */
function checkByPolicy(listeners, findings, options) {
    const { policyFor } = options;
    if (!policyFor)
        return [...evaluate(listeners, options.policy), ...applyPolicy(findings, options.policy)];
    const byFile = new Map();
    const policyOf = (path) => {
        let policy = byFile.get(path);
        if (!policy)
            byFile.set(path, (policy = policyFor(path)));
        return policy;
    };
    const groups = new Map();
    const groupOf = (path) => {
        const policy = policyOf(path);
        let group = groups.get(policy);
        if (!group)
            groups.set(policy, (group = { listeners: [], findings: [] }));
        return group;
    };
    for (const listener of listeners)
        groupOf(listener.origin.file).listeners.push(listener);
    for (const finding of findings)
        groupOf(finding.origin.file).findings.push(finding);
    let checked = [];
    // concat, not push(...): a group may hold more findings than a call takes arguments.
    for (const [policy, group] of groups)
        checked = checked.concat(evaluate(group.listeners, policy), applyPolicy(group.findings, policy));
    return checked;
}
/** `# port-policy-disable…` comments, file by file; unused ones become findings themselves. */
function applyDirectives(findings, directives) {
    const byFile = new Map();
    for (const finding of findings) {
        const list = byFile.get(finding.origin.file);
        if (list)
            list.push(finding);
        else
            byFile.set(finding.origin.file, [finding]);
    }
    const result = [];
    for (const [path, own] of directives) {
        const { kept, unused } = suppress(byFile.get(path) ?? [], own);
        byFile.delete(path);
        appendAll(appendAll(result, kept), unused);
    }
    for (const rest of byFile.values())
        appendAll(result, rest);
    return result;
}
function keepChanged(files, changed) {
    const candidates = files.map((file) => file.absolute);
    const readers = composeFilesNaming(candidates, changed);
    const keep = new Set(selectChanged(candidates, readers.length > 0 ? new Set([...changed, ...readers]) : changed));
    return files.filter((file) => keep.has(file.absolute));
}
function summarizeFiles(files, listeners) {
    const counts = new Map();
    for (const listener of listeners)
        counts.set(listener.origin.file, (counts.get(listener.origin.file) ?? 0) + 1);
    return files.map((file) => ({ path: file.path, kind: file.kind, listeners: counts.get(file.path) ?? 0 }));
}
