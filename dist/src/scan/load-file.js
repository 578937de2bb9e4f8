import { makeFinding } from "../core/make-finding.js";
import { guessKind, isDeclarationName, isJsonName, jsonMayBeConfig, kindFromDocuments, kindFromPath, looksLikeManifestJson, mayBeConfig } from "./detect-kind.js";
import { lazyLineCounter, originAt } from "./positions.js";
import { decodeSource, MAX_FILE_BYTES, readSource } from "./read-source.js";
import { readYaml } from "./read-yaml.js";
// `helm create` puts templates in <chart>/templates/; they are Go templates, not YAML yet.
const HELM_TEMPLATE_DIR = /(?:^|\/)templates\//;
// Go template, Jinja or cookiecutter markers: a file that has them and does not parse is a template.
const TEMPLATE_MARKER = /\{\{|\{%/;
/** A file that could not be checked; its source is the kind its name gives, when it gives one. */
export function parseErrorFinding(path, reason, origin, guessed) {
    const at = origin ?? { file: path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const kind = kindFromPath(path) ?? guessed;
    return makeFinding("parse-error", "parseError", { path, reason }, at, kind ? { source: kind } : {});
}
function lineOrigin(path, line) {
    return { file: path, line, column: 1, endLine: line, endColumn: 1 };
}
export function loadFile(request, tests) {
    const { path } = request;
    const read = request.bytes !== undefined ? decodeBytes(request.bytes) : readSource(request.absolute ?? path, request.regular);
    if (!read.ok)
        return { finding: parseErrorFinding(path, read.reason, read.line ? lineOrigin(path, read.line) : undefined) };
    const { text } = read;
    const named = kindFromPath(path);
    if (named === "env" || named === "dockerfile")
        return { file: loaded(request, named, text, lazyLineCounter(text), []), findings: [] };
    // Named on the command line (a directory walk never takes one): say what it is, not that it lacks YAML keys.
    if (!named && isDeclarationName(path))
        return { skipped: "a TypeScript declaration file: types only, nothing in it runs or listens" };
    if (!named && HELM_TEMPLATE_DIR.test(path) && text.includes("{{")) {
        return { skipped: "a Helm template, not YAML until rendered (scan the output of `helm template` instead)" };
    }
    if (!named && (!mayBeConfig(text) || (isJsonName(path) && !jsonMayBeConfig(text))))
        return { skipped: "no top-level apiVersion, kind, services or jobs key" };
    const yaml = readYaml(text);
    if (!yaml.ok) {
        const json = !named && isJsonName(path);
        if (json && !looksLikeManifestJson(text))
            return { skipped: "JSON that does not parse and does not open with apiVersion or kind" };
        if (!named && TEMPLATE_MARKER.test(text))
            return { skipped: `a template ({{ … }}), not YAML until rendered (${yaml.problem.reason}); scan the rendered output instead` };
        const { start, end } = yaml.problem;
        const reason = json ? yaml.problem.reason.replace(/^invalid YAML/, "invalid JSON") : yaml.problem.reason;
        return { finding: parseErrorFinding(path, reason, originAt(path, yaml.lines, start, end), guessKind(text)), text };
    }
    const detected = named ? { kind: named } : kindFromDocuments(yaml.ydocs, request.explicit, tests);
    if (!detected.kind)
        return { skipped: detected.reason };
    const findings = yaml.duplicates.map((duplicate) => duplicateKeyFinding(path, yaml.lines, duplicate, detected.kind));
    return { file: loaded(request, detected.kind, yaml.text, yaml.lines, yaml.ydocs), findings };
}
function loaded(request, kind, text, lines, ydocs) {
    const file = { path: request.path, kind, text, lines, ydocs };
    if (request.absolute)
        file.absolute = request.absolute;
    return file;
}
/** On the first repeated key, with its first line; the other keys repeated in that mapping listed. */
export function duplicateKeyFinding(path, lines, duplicate, kind) {
    const data = { path, key: [...new Set(duplicate.keys)].join(", "), firstLine: lines.linePos(duplicate.first).line };
    return makeFinding("parse-error", "duplicateKey", data, originAt(path, lines, duplicate.start, duplicate.end), { source: kind });
}
function decodeBytes(bytes) {
    if (bytes.length > MAX_FILE_BYTES)
        return { ok: false, reason: `it is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for config files` };
    return decodeSource(bytes);
}
