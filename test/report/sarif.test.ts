import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CATALOGUE } from "../../src/core/catalogue.js";
import { FINGERPRINT_KEY } from "../../src/report/fingerprint.js";
import { format } from "../../src/report/sarif.js";
import { DYNAMIC, EPHEMERAL, NASTY, PARSE_ERROR, PRIVILEGED, SHARED, emptyReport, sampleReport } from "./sample-report.js";

type Json = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking parsed SARIF
type Sarif = any;

const OASIS = new URL("schemas/sarif-schema-2.1.0.json", SHARED);
const CODEQL = new URL("schemas/codeql-action/sarif-schema-2.1.0.json", SHARED);
const haveSchemas = existsSync(OASIS) && existsSync(CODEQL);
if (!haveSchemas) console.warn(`SARIF schema tests skipped: ${fileURLToPath(SHARED)} is absent`);

const readJson = (url: URL): Json => JSON.parse(readFileSync(url, "utf8")) as Json;

// RFC 3986 characters, unescaped or percent-encoded; what ajv-formats' uri/uri-reference accept
// in spirit (ajv-formats is not installed). Spaces and raw non-ASCII fail, as they should.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
const FORMATS = {
  uri: (value: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) && URI_CHARS.test(value) && URL.canParse(value),
  "uri-reference": (value: string) => URI_CHARS.test(value),
  "date-time": (value: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i.test(value),
};

/**
 * The OASIS schema is draft-04, which ajv 8 cannot load without the ajv-draft-04 package. Every
 * keyword it uses has the same meaning in draft-07 (the draft-04 differences are `id` and boolean
 * exclusiveMinimum/Maximum, which it does not use), so it is compiled as draft-07 after renaming
 * the root `id` to `$id`. The keyword list is asserted, so a schema that needs draft-04 semantics
 * fails here instead of being validated wrongly.
 */
const DRAFT_04_KEYWORDS_SAFE_IN_07 = new Set([
  "$ref", "$schema", "additionalProperties", "anyOf", "default", "definitions", "description", "enum", "format",
  "id", "items", "maximum", "minItems", "minimum", "oneOf", "pattern", "properties", "required", "title", "type", "uniqueItems",
]);

function keywords(schema: unknown, inNameMap = false, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) keywords(item, false, found);
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (!inNameMap) found.add(key);
      keywords(value, !inNameMap && (key === "properties" || key === "definitions"), found);
    }
  }
  return found;
}

function oasisValidator() {
  const { id, ...rest } = readJson(OASIS);
  const ajv = new Ajv({ strict: false, allErrors: true, formats: FORMATS });
  return ajv.compile({ ...rest, $schema: "http://json-schema.org/draft-07/schema#", $id: id as string });
}

/**
 * The copy upload-sarif validates with (npm jsonschema). Its `region.properties` holds an `anyOf`
 * array that belongs one level up (the OASIS copy has it there); jsonschema ignores it, ajv refuses
 * to compile it. It could only constrain a region property named "anyOf", which SARIF does not have.
 */
function codeqlValidator() {
  const schema = readJson(CODEQL) as Sarif;
  expect(Array.isArray(schema.definitions.region.properties.anyOf)).toBe(true);
  delete schema.definitions.region.properties.anyOf;
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: FORMATS });
  return ajv.compile(schema);
}

describe.skipIf(!haveSchemas)("sarif format against the SARIF 2.1.0 schemas (../shared/schemas)", () => {
  it("the OASIS schema uses only keywords that mean the same in draft-04 and draft-07", () => {
    const used = [...keywords(readJson(OASIS))].filter((k) => !DRAFT_04_KEYWORDS_SAFE_IN_07.has(k));
    expect(used).toEqual([]);
  });

  const validators = haveSchemas ? { oasis: oasisValidator(), codeql: codeqlValidator() } : undefined;
  const reports = {
    sample: sampleReport(),
    "sample without automationId": { ...sampleReport(), automationId: undefined },
    empty: emptyReport(),
    "one parse error": sampleReport([PARSE_ERROR]),
  };

  for (const [name, report] of Object.entries(reports)) {
    for (const schema of ["oasis", "codeql"] as const) {
      it(`${name}: valid against the ${schema} schema`, () => {
        const validate = validators![schema];
        const valid = validate(JSON.parse(format(report)));
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
      });
    }
  }

  it("the validators reject what upload-sarif rejects (a bad level, an unknown property, a raw space in a URI)", () => {
    const log = JSON.parse(format(sampleReport([DYNAMIC])));
    const badLevel = structuredClone(log);
    badLevel.runs[0].results[0].level = "fatal";
    const extra = structuredClone(log);
    extra.runs[0].results[0].severity = "error";
    const space = structuredClone(log);
    space.runs[0].tool.driver.informationUri = "https://example.com/a b";
    for (const validate of Object.values(validators!)) {
      expect(validate(badLevel)).toBe(false);
      expect(validate(extra)).toBe(false);
      expect(validate(space)).toBe(false);
    }
  });
});

describe("sarif format content (GitHub code scanning's fields)", () => {
  const log: Sarif = JSON.parse(format(sampleReport()));
  const run = log.runs[0];

  it("names the schema, version and one run with a results array even when empty", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(JSON.parse(format(emptyReport())).runs[0].results).toEqual([]);
  });

  it("lists every catalogue rule and the diagnostics with GitHub's required metadata", () => {
    const rules = run.tool.driver.rules;
    expect(rules.map((r: Sarif) => r.id)).toEqual([...CATALOGUE.map((e) => e.id), "parse-error", "unused-disable-directive"]);
    for (const rule of rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(0);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(rule.helpUri);
      expect(rule.helpUri).toBe(`https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/${rule.id}.md`);
      expect(["error", "warning"]).toContain(rule.defaultConfiguration.level);
    }
    const privileged = rules.find((r: Sarif) => r.id === "no-privileged-port");
    expect(privileged.name).toBe("NoPrivilegedPort");
    expect(privileged.properties).toEqual({ tags: ["ports", "security"], precision: "high", "security-severity": "4.0" });
    expect(rules.find((r: Sarif) => r.id === "no-dynamic-port").properties).toEqual({ tags: ["ports", "correctness"], precision: "high" });
  });

  it("describes the driver and the run", () => {
    expect(run.tool.driver.name).toBe("port-policy");
    expect(run.tool.driver.version).toBe("0.1.0");
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.automationDetails).toEqual({ id: "port-policy/config/" });
    expect(run.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: "file:///home/ci/my%20repo/" } });
    expect(JSON.parse(format(emptyReport())).runs[0].automationDetails).toBeUndefined();
  });

  it("gives each result its rule, level, message, exact region and relative URI", () => {
    const byRule = (id: string) => run.results.filter((r: Sarif) => r.ruleId === id);
    const [dynamic] = byRule("no-dynamic-port");
    expect(dynamic).toMatchObject({
      ruleId: "no-dynamic-port",
      level: "error",
      message: { text: DYNAMIC.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "compose.yaml", uriBaseId: "%SRCROOT%" },
            region: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 14 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[dynamic.ruleIndex].id).toBe("no-dynamic-port");
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    const warning = run.results.find((r: Sarif) => r.message.text === EPHEMERAL.message);
    expect(warning.level).toBe("warning");
  });

  it("percent-encodes spaces, unicode, commas and colons in paths", () => {
    const uris = run.results.map((r: Sarif) => r.locations[0].physicalLocation.artifactLocation.uri);
    expect(uris).toEqual([
      "broken.yaml",
      "compose.yaml",
      "compose.yaml",
      "deploy/my%20app/k8s.yaml",
      "deploy/%C3%BCn%C3%AFc%C3%B8d%C3%A9/svc.yaml",
      "odd%2Cname%3A%20x.env",
      "twins.env",
      "twins.env",
    ]);
    expect(run.results[5].message.text).toBe(NASTY.message);
    expect(run.results[4].message.text).toBe(PRIVILEGED.message);
  });

  it("gives every result a unique versioned fingerprint", () => {
    const prints = run.results.map((r: Sarif) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(run.results.length);
    for (const r of run.results) expect(Object.keys(r.partialFingerprints)).toEqual(["port-policy/v1"]);
  });
});
