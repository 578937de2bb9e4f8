import { EXPANSION_ALLOWANCE, isAliasBomb, measureExpansion } from "./alias-expansion.js";
import { parseYaml } from "./yaml.js";
import { indexDocument } from "./yaml-walk.js";
import { appendAll } from "./append-all.js";
export function readYaml(text) {
    const { docs, lines, problem, text: parsed } = parseYaml(text);
    if (problem)
        return { ok: false, lines, problem };
    const ydocs = [];
    const duplicates = [];
    // Anchors of the documents before the current one: an alias to one of them is a common mistake.
    const earlier = new Set();
    for (const doc of docs) {
        const ydoc = indexDocument(doc);
        if (ydoc.undefinedAlias)
            return { ok: false, lines, problem: aliasProblem(ydoc.undefinedAlias, earlier) };
        if (ydoc.anchors.size > 0) {
            const expansion = measureExpansion(ydoc);
            if (isAliasBomb(expansion))
                return { ok: false, lines, problem: bombProblem(expansion.firstAlias ?? 0) };
            for (const name of ydoc.anchors.keys())
                earlier.add(name);
        }
        appendAll(duplicates, ydoc.duplicates);
        ydocs.push(ydoc);
    }
    return { ok: true, ydocs, lines, text: parsed, duplicates };
}
/** yaml keeps such an alias as a reference to nothing; Go's yaml.v3 (Compose, kubectl) stops with "unknown anchor". */
function aliasProblem(alias, earlier) {
    const reason = earlier.has(alias.name)
        ? `the alias *${alias.name} names an anchor of an earlier YAML document, and anchors do not reach past "---", so Compose and kubectl refuse it`
        : `the alias *${alias.name} names no anchor &${alias.name} before it, so Compose and kubectl refuse it`;
    return { reason, start: alias.start, end: alias.end };
}
function bombProblem(offset) {
    const reason = `its YAML aliases expand to more than ${EXPANSION_ALLOWANCE.toLocaleString("en-US")} nodes, which looks like an alias bomb ("billion laughs")`;
    return { reason, start: offset, end: offset };
}
