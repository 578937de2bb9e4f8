// Reading parsed YAML nodes along fixed paths (spec.template.spec.containers[].ports[]) with
// aliases resolved. yaml's own Alias.resolve(doc) re-walks the whole document for every alias
// (O(n) each), so a document is indexed once and aliases are looked up by offset.
import { isAlias, isMap, isPair, isScalar, isSeq } from "yaml";
import { scalarValue } from "./yaml.js";
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
 * integer 80) collide and `"80"` (a string) does not. Only plain keys that could be a number,
 * boolean or null need resolving; other keys are their text.
 */
function keyIdentity(key) {
    const text = key.value;
    if (typeof text !== "string")
        return `t${String(text)}`;
    if (key.type !== "PLAIN" || !/^[-+.0-9~nNtTfF]|^$/.test(text))
        return `s${text}`;
    const value = scalarValue(key);
    return typeof value === "string" ? `s${value}` : `t${String(value)}`;
}
/** Merge keys (`<<`) may repeat: each adds maps to merge. */
function dropDuplicateKeys(map, duplicates) {
    const { items } = map;
    if (items.length < 2)
        return;
    // Per key: the index of its first pair and of its latest one.
    const seen = new Map();
    let dropped;
    let duplicate;
    for (let i = 0; i < items.length; i++) {
        const key = items[i].key;
        if (!isScalar(key) || (key.value === "<<" && key.type === "PLAIN"))
            continue;
        const identity = keyIdentity(key);
        const earlier = seen.get(identity);
        if (earlier === undefined) {
            seen.set(identity, { first: i, last: i });
            continue;
        }
        if (duplicate)
            duplicate.keys.push(String(key.value));
        else {
            const [start, end] = key.range ?? [0, 0];
            const firstKey = items[earlier.first].key;
            duplicates.push((duplicate = { keys: [String(key.value)], start, end, first: firstKey.range?.[0] ?? 0 }));
        }
        (dropped ??= new Set()).add(earlier.last);
        earlier.last = i;
    }
    if (dropped)
        map.items = items.filter((_, index) => !dropped.has(index));
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
