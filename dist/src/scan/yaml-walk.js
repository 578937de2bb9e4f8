// Reading parsed YAML nodes along fixed paths (spec.template.spec.containers[].ports[]) with
// aliases resolved. yaml's own Alias.resolve(doc) re-walks the whole document for every alias
// (O(n) each), so a document is indexed once and aliases are looked up by offset.
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import { isPlainText, scalarValue } from "./yaml.js";
/**
 * One pass over a document in source order, with an explicit stack (no recursion, whatever the
 * depth): anchors indexed, aliases checked against the anchors before them, and duplicate keys
 * found with a hash per mapping (yaml's own check is quadratic) and removed, the later pair
 * kept as JSON decoders, kubectl's non-strict mode and docker-compose v1 keep it.
 */
export function indexDocument(doc) {
    const anchors = new Map();
    const result = { doc, anchors, nodes: 0, duplicates: [] };
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if (isPair(node)) {
            if (node.value !== null)
                stack.push(node.value);
            if (node.key !== null)
                stack.push(node.key);
            continue;
        }
        if (!node || typeof node !== "object")
            continue;
        result.nodes += 1;
        if (isAlias(node)) {
            if (!anchors.has(node.source) && !result.undefinedAlias)
                result.undefinedAlias = aliasSpan(node.source, node.range);
            continue;
        }
        const anchor = node.anchor;
        if (anchor) {
            const list = anchors.get(anchor) ?? [];
            list.push({ offset: node.range?.[0] ?? 0, node: node });
            anchors.set(anchor, list);
        }
        if (isMap(node))
            dropDuplicateKeys(node, result.duplicates);
        if (isMap(node) || isSeq(node))
            for (let i = node.items.length - 1; i >= 0; i--)
                stack.push(node.items[i]);
    }
    return result;
}
function aliasSpan(name, range) {
    const start = range?.[0] ?? 0;
    return { name, start, end: range?.[1] ?? start };
}
/**
 * A scalar key as the mapping compares it: by its core-schema value, so `80` and `080` (both the
 * integer 80) collide and `"80"` (a string) does not. A string is its own identity, a number,
 * boolean or null its value (a Map tells 80 from "80"); only plain keys that could be one of
 * those are resolved.
 */
function keyIdentity(key) {
    const text = key.value;
    if (typeof text !== "string" || key.type !== "PLAIN" || isPlainText(text))
        return text;
    return scalarValue(key);
}
/** Mappings up to this size are searched pair by pair: cheaper than a Map, and most are this small. */
const SMALL_MAP = 8;
/** Merge keys (`<<`) may repeat: each adds maps to merge. */
function dropDuplicateKeys(map, duplicates) {
    const { items } = map;
    if (items.length < 2)
        return;
    // Per key: the index of its latest pair (in large mappings).
    const latest = items.length > SMALL_MAP ? new Map() : undefined;
    let dropped;
    let duplicate;
    for (let i = 0; i < items.length; i++) {
        const key = comparedKey(items[i].key);
        if (!key)
            continue;
        const identity = keyIdentity(key);
        const earlier = latest ? latest.get(identity) : latestBefore(items, i, identity);
        latest?.set(identity, i);
        if (earlier === undefined)
            continue;
        if (duplicate)
            duplicate.keys.push(String(key.value));
        else {
            // The first key repeated in this mapping: `earlier` is its only occurrence before.
            const [start, end] = key.range ?? [0, 0];
            const firstKey = items[earlier].key;
            duplicates.push((duplicate = { keys: [String(key.value)], start, end, first: firstKey.range?.[0] ?? 0 }));
        }
        (dropped ??= new Set()).add(earlier);
    }
    if (dropped)
        map.items = items.filter((_, index) => !dropped.has(index));
}
/** A key duplicates are looked for among: a scalar, not a merge key. */
function comparedKey(key) {
    return isScalar(key) && !(key.value === "<<" && key.type === "PLAIN") ? key : undefined;
}
/** The latest pair before `index` with this key identity (SameValueZero, as a Map compares). */
function latestBefore(items, index, identity) {
    for (let j = index - 1; j >= 0; j--) {
        const key = comparedKey(items[j].key);
        if (!key)
            continue;
        const other = keyIdentity(key);
        if (other === identity || (other !== other && identity !== identity))
            return j;
    }
    return undefined;
}
/** Follows an alias to its node: the last anchor of that name before it (YAML 1.2 §7.1). */
export function deref(node, ydoc) {
    let current = node;
    // An alias can only point backwards at a non-alias node, so one hop suffices; the loop guards odd trees.
    for (let hops = 0; isAlias(current) && hops < 8; hops++) {
        const offset = current.range?.[0] ?? Number.MAX_SAFE_INTEGER;
        const candidates = ydoc.anchors.get(current.source) ?? [];
        let found;
        for (const anchored of candidates)
            if (anchored.offset < offset)
                found = anchored.node;
        current = found;
    }
    return isAlias(current) ? undefined : current;
}
export function asMap(node, ydoc) {
    const resolved = deref(node, ydoc);
    return isMap(resolved) ? resolved : undefined;
}
export function asScalar(node, ydoc) {
    const resolved = deref(node, ydoc);
    return isScalar(resolved) ? resolved : undefined;
}
/** Items of a sequence, aliases resolved; anything else gives no items. */
export function seqItems(node, ydoc) {
    const resolved = deref(node, ydoc);
    if (!isSeq(resolved))
        return [];
    const items = [];
    for (const item of resolved.items) {
        const value = deref(item, ydoc);
        if (value)
            items.push(value);
    }
    return items;
}
/** The value node of `key` in a mapping (merge keys `<<` consulted after the map's own keys). */
export function mapGet(node, key, ydoc, depth = 0) {
    const map = isMap(node) ? node : asMap(node, ydoc);
    if (!map || depth > 8)
        return undefined;
    let merge;
    for (const pair of map.items) {
        // The hottest loop of the scanner: a scalar key's value is compared without isScalar() first
        // (a map or sequence used as a key has no `value`, and an alias key is never a field we read).
        const name = pair.key?.value;
        if (name === key)
            return isAlias(pair.value) ? deref(pair.value, ydoc) : pair.value;
        if (name === "<<")
            merge = pair.value;
    }
    if (merge === undefined)
        return undefined;
    const sources = isSeq(deref(merge, ydoc)) ? seqItems(merge, ydoc) : [deref(merge, ydoc)];
    for (const source of sources) {
        const found = mapGet(source, key, ydoc, depth + 1);
        if (found)
            return found;
    }
    return undefined;
}
/** Keys and value nodes of a mapping whose keys are scalars (merge keys not expanded). */
export function mapEntries(node, ydoc) {
    const map = asMap(node, ydoc);
    if (!map)
        return [];
    const entries = [];
    for (const pair of map.items) {
        if (isScalar(pair.key) && pair.key.value !== "<<")
            entries.push([String(pair.key.value), deref(pair.value, ydoc)]);
    }
    return entries;
}
/** A scalar node's value, aliases resolved, typed as YAML's core schema gives it (see scalarValue). */
export function typedValue(node, ydoc) {
    const scalar = asScalar(node, ydoc);
    return scalar ? scalarValue(scalar) : undefined;
}
/** A scalar node's value as a string (numbers and booleans as written by String()); null gives none. */
export function textOf(node, ydoc) {
    const value = typedValue(node, ydoc);
    if (value === null || value === undefined)
        return undefined;
    return typeof value === "object" ? undefined : String(value);
}
/** A scalar field's typed value. */
export function valueAt(node, key, ydoc) {
    return typedValue(mapGet(node, key, ydoc), ydoc);
}
/** A scalar field's value as a string. */
export function stringAt(node, key, ydoc) {
    return textOf(mapGet(node, key, ydoc), ydoc);
}
