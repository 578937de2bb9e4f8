// Reading a compose document's nodes with aliases and merge keys (`<<: *defaults`) resolved, under
// a budget: every alias followed and every merged entry counts, so an alias bomb stops the walk
// (and becomes a parse-error finding) instead of expanding exponentially. Nodes read as written
// cost nothing: a file with 12,000 services and no alias is not a bomb. The scanner measures
// expansion before front ends run; this budget also holds when a caller skips that step.
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import { deref, type YamlDoc } from "../yaml-walk.js";

/**
 * Nodes a compose file may reach through aliases and merges beyond 20 per node it writes (the
 * allowance alias-expansion.ts gives); real files use a few hundred.
 */
export const RESOLVE_BUDGET = 100_000;

/** Merge keys whose merged maps merge further maps: real files chain two or three. */
export const MAX_MERGE_DEPTH = 32;

export interface Walk {
  ydoc: YamlDoc;
  left: number;
  /** Offset of the alias at which the budget ran out. */
  exhaustedAt?: number;
  /** Maps whose merge keys are being expanded: a map merging itself is cut, not followed. */
  merging: Set<Node>;
}

export function newWalk(ydoc: YamlDoc, budget = RESOLVE_BUDGET + 20 * ydoc.nodes): Walk {
  return { ydoc, left: budget, merging: new Set() };
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  /** The value as written (an alias stays an alias: its tag and position are the writer's). */
  written: unknown;
  value: Node | undefined;
}

/** Follows an alias, paying for it; any other node is itself. */
export function resolve(node: unknown, walk: Walk): Node | undefined {
  if (!isAlias(node)) return walk.exhaustedAt === undefined ? (node as Node | undefined) : undefined;
  if (!spend(walk, node)) return undefined;
  return deref(node, walk.ydoc);
}

/**
 * Entries of a mapping with YAML merge keys applied (yaml.org/type/merge): the map's own keys win,
 * then the merged maps in order, earlier ones first. Non-scalar keys are skipped.
 */
export function entries(node: unknown, walk: Walk): Entry[] {
  const map = resolve(node, walk);
  if (!isMap(map)) return [];
  const own: Entry[] = [];
  let merges: unknown[] | undefined;
  for (const pair of map.items) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    if (key.value === "<<") {
      (merges ??= []).push(pair.value);
      continue;
    }
    own.push({ key: String(key.value), keyNode: key, written: pair.value, value: resolve(pair.value, walk) });
  }
  if (merges) mergeInto(own, map, merges, walk);
  return walk.exhaustedAt === undefined ? own : [];
}

/**
 * Adds the merged maps' entries that the map does not set itself, each paid for; a map merging
 * itself is cut, and a chain of merges deeper than MAX_MERGE_DEPTH exhausts the budget.
 */
function mergeInto(own: Entry[], map: YAMLMap, merges: readonly unknown[], walk: Walk): void {
  if (walk.merging.has(map)) return;
  if (walk.merging.size >= MAX_MERGE_DEPTH) return void exhaust(walk, map);
  walk.merging.add(map);
  const seen = new Set(own.map((entry) => entry.key));
  for (const merge of merges) {
    for (const source of mergeSources(merge, walk)) {
      for (const entry of entries(source, walk)) {
        if (seen.has(entry.key) || !spend(walk, entry.keyNode)) continue;
        seen.add(entry.key);
        own.push(entry);
      }
    }
  }
  walk.merging.delete(map);
}

/** The value of `key` (merge keys consulted). */
export function get(node: unknown, key: string, walk: Walk): Entry | undefined {
  return entries(node, walk).find((entry) => entry.key === key);
}

/** Items of a sequence, aliases resolved, with each item as written (for its tag). */
export function items(node: unknown, walk: Walk): Node[] {
  const seq = resolve(node, walk);
  if (!isSeq(seq)) return [];
  const result: Node[] = [];
  for (const item of seq.items) {
    const value = resolve(item, walk);
    if (value) result.push(value);
  }
  return walk.exhaustedAt === undefined ? result : [];
}

/** `!reset` / `!override` on a value (compose-spec `13-merge.md`), as written. */
export function mergeTag(written: unknown): "reset" | "override" | undefined {
  const tag = (written as { tag?: string } | null)?.tag;
  return tag === "!reset" ? "reset" : tag === "!override" ? "override" : undefined;
}

function mergeSources(value: unknown, walk: Walk): Node[] {
  const resolved = resolve(value, walk);
  return isSeq(resolved) ? items(resolved, walk) : resolved ? [resolved] : [];
}

function spend(walk: Walk, node: unknown): boolean {
  if (walk.exhaustedAt !== undefined) return false;
  walk.left -= 1;
  return walk.left >= 0 || exhaust(walk, node);
}

function exhaust(walk: Walk, node: unknown): false {
  walk.exhaustedAt ??= (node as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  return false;
}
