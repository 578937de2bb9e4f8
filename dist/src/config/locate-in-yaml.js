// Turns a JSON pointer into the 1-based line and column of a key or value in a parsed YAML (or
// JSON, which YAML 1.2 reads too) document, so that config errors point where an editor can jump.
import { isMap, isScalar, isSeq } from "yaml";
function childPair(collection, segment) {
    if (isMap(collection)) {
        return collection.items.find((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined) === segment);
    }
    if (isSeq(collection) && /^\d+$/.test(segment)) {
        const item = collection.items[Number(segment)];
        return item === undefined ? undefined : { key: item, value: item };
    }
    return undefined;
}
function startOf(node) {
    return node?.range?.[0];
}
export function yamlLocator(document, lineCounter) {
    return (segments, part) => {
        let node = document.contents;
        let offset = startOf(node);
        for (const [index, segment] of segments.entries()) {
            const pair = childPair(node, segment);
            if (!pair)
                break;
            const last = index === segments.length - 1;
            offset = startOf(last && part === "key" ? pair.key : (pair.value ?? pair.key)) ?? offset;
            node = pair.value;
        }
        if (offset === undefined)
            return undefined;
        const { line, col } = lineCounter.linePos(offset);
        return { line, column: col };
    };
}
