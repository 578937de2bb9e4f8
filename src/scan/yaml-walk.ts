// Reading parsed YAML nodes along fixed paths (spec.template.spec.containers[].ports[]) with
// aliases resolved. yaml's own Alias.resolve(doc) re-walks the whole document for every alias
// (O(n) each), so a document is indexed once and aliases are looked up by offset.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node, type Scalar, type YAMLMap } from "yaml";
import { isPlainText, scalarValue } from "./yaml.js";

interface Anchored {
  offset: number;
  node: Node;
}

/** A document with its anchors indexed; every walker takes one. */
export interface YamlDoc {
  doc: Document.Parsed;
  anchors: ReadonlyMap<string, readonly Anchored[]>;
  /** Nodes written in the document (aliases count one): what alias budgets are relative to. */
  nodes: number;
}

/**
 * Keys written a second time in one mapping, once per mapping (a `---` left out between two
 * manifests repeats apiVersion, kind and metadata: one mistake, one finding); later pairs are kept.
 */
export interface DuplicateKey {
  /** The repeated keys, in order. */
  keys: string[];
  /** The first repeated key's second occurrence. */
  start: number;
  end: number;
  /** Where that key's first occurrence starts. */
  first: number;
}

/** An alias with no anchor of that name before it in its document (YAML 1.2 §7.1). */
export interface UndefinedAlias {
  name: string;
  start: number;
  end: number;
}

export interface IndexedDoc extends YamlDoc {
  duplicates: DuplicateKey[];
  undefinedAlias?: UndefinedAlias;
}

/**
 * One pass over a document in source order, with an explicit stack (no recursion, whatever the
 * depth): anchors indexed, aliases checked against the anchors before them, and duplicate keys
 * found with a hash per mapping (yaml's own check is quadratic) and removed, the later pair
 * kept as JSON decoders, kubectl's non-strict mode and docker-compose v1 keep it.
 */
export function indexDocument(doc: Document.Parsed): IndexedDoc {
  const anchors = new Map<string, Anchored[]>();
  const result: IndexedDoc = { doc, anchors, nodes: 0, duplicates: [] };
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isPair(node)) {
      if (node.value !== null) stack.push(node.value);
      if (node.key !== null) stack.push(node.key);
      continue;
    }
    if (!node || typeof node !== "object") continue;
    result.nodes += 1;
    if (isAlias(node)) {
      if (!anchors.has(node.source) && !result.undefinedAlias) result.undefinedAlias = aliasSpan(node.source, node.range);
      continue;
    }
    const anchor = (node as Node).anchor;
    if (anchor) {
      const list = anchors.get(anchor) ?? [];
      list.push({ offset: (node as Node).range?.[0] ?? 0, node: node as Node });
      anchors.set(anchor, list);
    }
    if (isMap(node)) dropDuplicateKeys(node, result.duplicates);
    if (isMap(node) || isSeq(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return result;
}

function aliasSpan(name: string, range: readonly number[] | null | undefined): UndefinedAlias {
  const start = range?.[0] ?? 0;
  return { name, start, end: range?.[1] ?? start };
}

/**
 * A scalar key as the mapping compares it: by its core-schema value, so `80` and `080` (both the
 * integer 80) collide and `"80"` (a string) does not. A string is its own identity, a number,
 * boolean or null its value (a Map tells 80 from "80"); only plain keys that could be one of
 * those are resolved.
 */
function keyIdentity(key: Scalar): unknown {
  const text = key.value;
  if (typeof text !== "string" || key.type !== "PLAIN" || isPlainText(text)) return text;
  return scalarValue(key);
}

/** Mappings up to this size are searched pair by pair: cheaper than a Map, and most are this small. */
const SMALL_MAP = 8;

/** Merge keys (`<<`) may repeat: each adds maps to merge. */
function dropDuplicateKeys(map: YAMLMap, duplicates: DuplicateKey[]): void {
  const { items } = map;
  if (items.length < 2) return;
  // Per key: the index of its latest pair (in large mappings).
  const latest = items.length > SMALL_MAP ? new Map<unknown, number>() : undefined;
  let dropped: Set<number> | undefined;
  let duplicate: DuplicateKey | undefined;
  for (let i = 0; i < items.length; i++) {
    const key = comparedKey(items[i]!.key);
    if (!key) continue;
    const identity = keyIdentity(key);
    const earlier = latest ? latest.get(identity) : latestBefore(items, i, identity);
    latest?.set(identity, i);
    if (earlier === undefined) continue;
    if (duplicate) duplicate.keys.push(String(key.value));
    else {
      // The first key repeated in this mapping: `earlier` is its only occurrence before.
      const [start, end] = key.range ?? [0, 0];
      const firstKey = items[earlier]!.key as Scalar;
      duplicates.push((duplicate = { keys: [String(key.value)], start, end, first: firstKey.range?.[0] ?? 0 }));
    }
    (dropped ??= new Set()).add(earlier);
  }
  if (dropped) map.items = items.filter((_, index) => !dropped.has(index));
}

/** A key duplicates are looked for among: a scalar, not a merge key. */
function comparedKey(key: unknown): Scalar | undefined {
  return isScalar(key) && !(key.value === "<<" && key.type === "PLAIN") ? key : undefined;
}

/** The latest pair before `index` with this key identity (SameValueZero, as a Map compares). */
function latestBefore(items: YAMLMap["items"], index: number, identity: unknown): number | undefined {
  for (let j = index - 1; j >= 0; j--) {
    const key = comparedKey(items[j]!.key);
    if (!key) continue;
    const other = keyIdentity(key);
    if (other === identity || (other !== other && identity !== identity)) return j;
  }
  return undefined;
}

/** Follows an alias to its node: the last anchor of that name before it (YAML 1.2 §7.1). */
export function deref(node: unknown, ydoc: YamlDoc): Node | undefined {
  let current = node;
  // An alias can only point backwards at a non-alias node, so one hop suffices; the loop guards odd trees.
  for (let hops = 0; isAlias(current) && hops < 8; hops++) {
    const offset = current.range?.[0] ?? Number.MAX_SAFE_INTEGER;
    const candidates = ydoc.anchors.get(current.source) ?? [];
    let found: Node | undefined;
    for (const anchored of candidates) if (anchored.offset < offset) found = anchored.node;
    current = found;
  }
  return isAlias(current) ? undefined : (current as Node | undefined);
}

export function asMap(node: unknown, ydoc: YamlDoc): YAMLMap | undefined {
  const resolved = deref(node, ydoc);
  return isMap(resolved) ? resolved : undefined;
}

export function asScalar(node: unknown, ydoc: YamlDoc): Scalar | undefined {
  const resolved = deref(node, ydoc);
  return isScalar(resolved) ? resolved : undefined;
}

/** Items of a sequence, aliases resolved; anything else gives no items. */
export function seqItems(node: unknown, ydoc: YamlDoc): Node[] {
  const resolved = deref(node, ydoc);
  if (!isSeq(resolved)) return [];
  const items: Node[] = [];
  for (const item of resolved.items) {
    const value = deref(item, ydoc);
    if (value) items.push(value);
  }
  return items;
}

/** The value node of `key` in a mapping (merge keys `<<` consulted after the map's own keys). */
export function mapGet(node: unknown, key: string, ydoc: YamlDoc, depth = 0): Node | undefined {
  const map = isMap(node) ? node : asMap(node, ydoc);
  if (!map || depth > 8) return undefined;
  let merge: unknown;
  for (const pair of map.items) {
    // The hottest loop of the scanner: a scalar key's value is compared without isScalar() first
    // (a map or sequence used as a key has no `value`, and an alias key is never a field we read).
    const name = (pair.key as Scalar | null)?.value;
    if (name === key) return isAlias(pair.value) ? deref(pair.value, ydoc) : (pair.value as Node | undefined);
    if (name === "<<") merge = pair.value;
  }
  if (merge === undefined) return undefined;
  const sources = isSeq(deref(merge, ydoc)) ? seqItems(merge, ydoc) : [deref(merge, ydoc)];
  for (const source of sources) {
    const found = mapGet(source, key, ydoc, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Keys and value nodes of a mapping whose keys are scalars (merge keys not expanded). */
export function mapEntries(node: unknown, ydoc: YamlDoc): Array<[string, Node | undefined]> {
  const map = asMap(node, ydoc);
  if (!map) return [];
  const entries: Array<[string, Node | undefined]> = [];
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value !== "<<") entries.push([String(pair.key.value), deref(pair.value, ydoc)]);
  }
  return entries;
}

/** A scalar node's value, aliases resolved, typed as YAML's core schema gives it (see scalarValue). */
export function typedValue(node: unknown, ydoc: YamlDoc): unknown {
  const scalar = asScalar(node, ydoc);
  return scalar ? scalarValue(scalar) : undefined;
}

/** A scalar node's value as a string (numbers and booleans as written by String()); null gives none. */
export function textOf(node: unknown, ydoc: YamlDoc): string | undefined {
  const value = typedValue(node, ydoc);
  if (value === null || value === undefined) return undefined;
  return typeof value === "object" ? undefined : String(value);
}

/** A scalar field's typed value. */
export function valueAt(node: unknown, key: string, ydoc: YamlDoc): unknown {
  return typedValue(mapGet(node, key, ydoc), ydoc);
}

/** A scalar field's value as a string. */
export function stringAt(node: unknown, key: string, ydoc: YamlDoc): string | undefined {
  return textOf(mapGet(node, key, ydoc), ydoc);
}
