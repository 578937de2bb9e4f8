// indexDocument() finds keys written twice in one mapping and keeps the later pair. Keys compare by
// their core-schema value: plain `80` and `080` are the integer 80, `"80"` is a string. Mappings
// of up to 8 pairs are searched pair by pair, larger ones through a Map: both must agree.
import { isMap, isScalar } from "yaml";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/scan/yaml.js";
import { indexDocument } from "../../src/scan/yaml-walk.js";

function index(yaml: string) {
  const indexed = indexDocument(parseYaml(yaml).docs[0]!);
  const root = indexed.doc.contents;
  if (!isMap(root)) throw new Error("not a map");
  const pairs = root.items.map((pair) => [isScalar(pair.key) ? pair.key.source : "?", isScalar(pair.value) ? pair.value.source : "?"]);
  return { duplicates: indexed.duplicates, pairs };
}

const filler = Array.from({ length: 9 }, (_, i) => `k${i}: x`).join("\n");

describe.each([
  ["a small mapping", ""],
  ["a mapping of more than 8 pairs", `${filler}\n`],
])("duplicate keys in %s", (_, before) => {
  const offset = before.length;

  it("80 and 080 are one key (the integer 80); the later pair is kept", () => {
    const { duplicates, pairs } = index(`${before}80: a\n"80": b\n080: c\n`);
    expect(duplicates).toEqual([{ keys: ["080"], start: offset + 14, end: offset + 17, first: offset }]);
    expect(pairs.slice(-2)).toEqual([
      ["80", "b"],
      ["080", "c"],
    ]);
  });

  it("true, True and a quoted 'true' : the two plain ones collide, the string does not", () => {
    const { duplicates, pairs } = index(`${before}true: a\n'true': b\nTrue: c\n`);
    expect(duplicates.map((duplicate) => duplicate.keys)).toEqual([["True"]]);
    expect(pairs.slice(-2).map(([key]) => key)).toEqual(["true", "True"]);
  });

  it("a key written three times: one finding naming it twice, only the last pair left", () => {
    const { duplicates, pairs } = index(`${before}port: 1\nname: web\nport: 2\nport: 3\n`);
    expect(duplicates.map((duplicate) => [duplicate.keys, duplicate.first])).toEqual([[["port", "port"], offset]]);
    expect(pairs.slice(-2)).toEqual([
      ["name", "web"],
      ["port", "3"],
    ]);
  });

  it("merge keys may repeat", () => {
    const { duplicates } = index(`${before}base: &b {x: 1}\n<<: *b\n<<: *b\n`);
    expect(duplicates).toEqual([]);
  });
});
