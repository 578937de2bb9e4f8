// A YAML text as the front ends take it: parsed, every document indexed, and refused with a
// reason where Compose or kubectl would refuse it too (a YAML error, an alias to nothing) or where
// reading it could blow up (nesting too deep, an alias bomb). Duplicate keys are not a refusal:
// they are reported, and the rest of the file is read with the later value.
import type { LineCounter } from "yaml";
import { EXPANSION_ALLOWANCE, isAliasBomb, measureExpansion } from "./alias-expansion.js";
import { parseYaml, type YamlProblem } from "./yaml.js";
import { indexDocument, type DuplicateKey, type UndefinedAlias, type YamlDoc } from "./yaml-walk.js";
import { appendAll } from "./append-all.js";

/** `text`: what offsets and `lines` refer to (parseYaml may re-indent quoted scalars). */
export type YamlRead =
  | { ok: true; ydocs: YamlDoc[]; lines: LineCounter; text: string; duplicates: DuplicateKey[] }
  | { ok: false; lines: LineCounter; problem: YamlProblem };

export function readYaml(text: string): YamlRead {
  const { docs, lines, problem, text: parsed } = parseYaml(text);
  if (problem) return { ok: false, lines, problem };
  const ydocs: YamlDoc[] = [];
  const duplicates: DuplicateKey[] = [];
  // Anchors of the documents before the current one: an alias to one of them is a common mistake.
  const earlier = new Set<string>();
  for (const doc of docs) {
    const ydoc = indexDocument(doc);
    if (ydoc.undefinedAlias) return { ok: false, lines, problem: aliasProblem(ydoc.undefinedAlias, earlier) };
    if (ydoc.anchors.size > 0) {
      const expansion = measureExpansion(ydoc);
      if (isAliasBomb(expansion)) return { ok: false, lines, problem: bombProblem(expansion.firstAlias ?? 0) };
      for (const name of ydoc.anchors.keys()) earlier.add(name);
    }
    appendAll(duplicates, ydoc.duplicates);
    ydocs.push(ydoc);
  }
  return { ok: true, ydocs, lines, text: parsed, duplicates };
}

/** yaml keeps such an alias as a reference to nothing; Go's yaml.v3 (Compose, kubectl) stops with "unknown anchor". */
function aliasProblem(alias: UndefinedAlias, earlier: ReadonlySet<string>): YamlProblem {
  const reason = earlier.has(alias.name)
    ? `the alias *${alias.name} names an anchor of an earlier YAML document, and anchors do not reach past "---", so Compose and kubectl refuse it`
    : `the alias *${alias.name} names no anchor &${alias.name} before it, so Compose and kubectl refuse it`;
  return { reason, start: alias.start, end: alias.end };
}

function bombProblem(offset: number): YamlProblem {
  const reason = `its YAML aliases expand to more than ${EXPANSION_ALLOWANCE.toLocaleString("en-US")} nodes, which looks like an alias bomb ("billion laughs")`;
  return { reason, start: offset, end: offset };
}
