// Turns a JSON pointer into the 1-based line and column of a key or value in a parsed YAML (or
// JSON, which YAML 1.2 reads too) document, so that config errors point where an editor can jump.
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from "yaml";

export type Locate = (segments: readonly string[], part: "key" | "value") => { line: number; column: number } | undefined;

function childPair(collection: unknown, segment: string): { key: unknown; value: unknown } | undefined {
  if (isMap(collection)) {
    return collection.items.find((pair) => (isScalar(pair.key) ? String(pair.key.value) : undefined) === segment);
  }
  if (isSeq(collection) && /^\d+$/.test(segment)) {
    const item = collection.items[Number(segment)];
    return item === undefined ? undefined : { key: item, value: item };
  }
  return undefined;
}

function startOf(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

export function yamlLocator(document: Document, lineCounter: LineCounter): Locate {
  return (segments, part) => {
    let node: unknown = document.contents;
    let offset = startOf(node);
    for (const [index, segment] of segments.entries()) {
      const pair = childPair(node, segment);
      if (!pair) break;
      const last = index === segments.length - 1;
      offset = startOf(last && part === "key" ? pair.key : (pair.value ?? pair.key)) ?? offset;
      node = pair.value;
    }
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}
