// The scanner composes YAML with the failsafe schema and types only the scalars it reads, through
// scalarValue(). That must give exactly what yaml's default core schema would have given.
import { isMap, isScalar, parseDocument, type Scalar } from "yaml";
import { describe, expect, it } from "vitest";
import { parseYaml, scalarSpan, scalarValue } from "../../src/scan/yaml.js";

const SAMPLES = [
  "8080", '"8080"', "'8080'", "-1", "+12", "0o17", "0x1F", "0x1f", "1.5", "1.", ".5", "1e3", "-2.5E-1", ".inf", "-.Inf", ".NaN",
  "true", "True", "FALSE", "yes", "on", "~", "null", "Null", "", "8080:80", "80/udp", "0.0.0.0:80:80", "${PORT:-8080}",
  "!!int \"42\"", "!!str 8080", "!!float 1", "!!bool true", "!!null ~", "!reset 80", "!override x",
  // The short cuts for text no tag takes and for plain digits (isPlainText, DECIMAL).
  "0123", "007", "000000000000000", "123456789012345", "1234567890123456", "99999999999999999999", "nginx", "TCP", "tcp",
  "n", "f", "T", "nul", "NuLL", "fals", "Truex", "true1", "~x", "apiVersion",
];

function firstValue(yaml: string, schema: "core" | "failsafe"): Scalar {
  const doc = schema === "core" ? parseDocument(yaml, { version: "1.2" }) : parseYaml(yaml).docs[0]!;
  const map = doc.contents;
  if (!isMap(map)) throw new Error("not a map");
  const value = map.items[0]!.value;
  if (!isScalar(value)) throw new Error("not a scalar");
  return value;
}

describe("scalarValue", () => {
  it.each(SAMPLES)("types %s as yaml's core schema does", (sample) => {
    const yaml = `key: ${sample}\n`;
    const core = firstValue(yaml, "core").value;
    expect(scalarValue(firstValue(yaml, "failsafe"))).toEqual(core);
  });

  it("places a token by the typed value, as the default schema did: a hex port is one token", () => {
    const node = firstValue("port: 0x1F90\n", "failsafe");
    expect(scalarValue(node)).toBe(8080);
    // "8080" is not how the source spells it, so the whole scalar is the token.
    expect(scalarSpan(node, "port: 0x1F90\n", 0, 4)).toEqual([6, 12]);
  });

  it("keeps quoted digits a string and reads plain digits as a number", () => {
    expect(scalarValue(firstValue('containerPort: "8080"\n', "failsafe"))).toBe("8080");
    expect(scalarValue(firstValue("containerPort: 8080\n", "failsafe"))).toBe(8080);
  });
});
