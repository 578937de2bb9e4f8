import { makeFinding } from "../core/make-finding.js";
import { isAliasBomb, measureExpansion, EXPANSION_ALLOWANCE } from "./alias-expansion.js";
import { guessKind, kindFromDocuments, kindFromPath, mayBeConfig } from "./detect-kind.js";
import { lazyLineCounter, originAt } from "./positions.js";
import { decodeSource, MAX_FILE_BYTES, readSource } from "./read-source.js";
import { parseYaml, yamlErrorReason } from "./yaml.js";
import { anchorFreeDocument, indexDocument } from "./yaml-walk.js";
// `helm create` puts templates in <chart>/templates/; they are Go templates, not YAML yet.
const HELM_TEMPLATE_DIR = /(?:^|\/)templates\//;
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
    const base = { path, ...(request.absolute ? { absolute: request.absolute } : {}), text };
    if (named === "env" || named === "dockerfile")
        return { file: { ...base, kind: named, lines: lazyLineCounter(text), ydocs: [] } };
    if (!named && HELM_TEMPLATE_DIR.test(path) && text.includes("{{")) {
        return { skipped: "a Helm template, not YAML until rendered (scan the output of `helm template` instead)" };
    }
    if (!named && !mayBeConfig(text))
        return { skipped: "no top-level apiVersion, kind, services or jobs key" };
    const { docs, lines } = parseYaml(text);
    const error = docs.flatMap((doc) => doc.errors)[0];
    if (error) {
        const offset = error.pos[0];
        const origin = originAt(path, lines, offset, Math.max(error.pos[1], offset));
        return { finding: parseErrorFinding(path, yamlErrorReason(error), origin, guessKind(text)), text };
    }
    const anchored = text.includes("&");
    const ydocs = docs.map(anchored ? indexDocument : anchorFreeDocument);
    for (const ydoc of anchored ? ydocs : []) {
        const expansion = measureExpansion(ydoc);
        if (!isAliasBomb(expansion))
            continue;
        const offset = expansion.firstAlias ?? 0;
        const reason = `its YAML aliases expand to more than ${EXPANSION_ALLOWANCE.toLocaleString("en-US")} nodes, which looks like an alias bomb ("billion laughs")`;
        return { finding: parseErrorFinding(path, reason, originAt(path, lines, offset, offset), guessKind(text)), text };
    }
    const detected = named ? { kind: named } : kindFromDocuments(ydocs, request.explicit, tests);
    if (!detected.kind)
        return { skipped: detected.reason };
    return { file: { ...base, kind: detected.kind, lines, ydocs } };
}
function decodeBytes(bytes) {
    if (bytes.length > MAX_FILE_BYTES)
        return { ok: false, reason: `it is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit for config files` };
    return decodeSource(bytes);
}
