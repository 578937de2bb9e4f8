// The published schema file: up to date with the catalogue, a valid draft-07 schema, and
// accepting every config we ship or document.
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { configSchemaText } from "../../scripts/build-config-schema.js";
import { CONFIGURATION_DOC, docBlock } from "./docs-blocks.js";

const SCHEMA_FILE = new URL("../../schema/port-policy.schema.json", import.meta.url);
const schemaText = readFileSync(SCHEMA_FILE, "utf8");
const schema = JSON.parse(schemaText) as { properties: Record<string, unknown> };
const validate = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema);

const FIXTURE_CONFIGS = [
  "../../fixtures/org-preset/port-policy.config.yml",
  "../../fixtures/org-project/port-policy.config.yml",
  "../../fixtures/org-project/node_modules/@acme/port-policy-config/port-policy.config.yml",
];

describe("schema/port-policy.schema.json", () => {
  it("is what scripts/build-config-schema.ts writes (run it after changing rules, runtimes or presets)", () => {
    expect(schemaText).toBe(configSchemaText());
  });

  for (const path of FIXTURE_CONFIGS) {
    it(`accepts ${path.slice(6)}`, () => {
      const config: unknown = parse(readFileSync(new URL(path, import.meta.url), "utf8"));
      expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it("accepts the full example in docs/configuration.md", () => {
    expect(validate(parse(docBlock("config-example"))), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects the invalid example in docs/configuration.md for the two documented reasons", () => {
    expect(validate(parse(docBlock("invalid-config")))).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(["/rules/no-dynamic-port enum", "/allowlist/0 required"]);
  });

  it("rejects a blank allowlist reason and unknown keys, and allows $schema", () => {
    expect(validate({ $schema: "x", allowlist: [{ ports: 8080, reason: " " }] })).toBe(false);
    expect(validate({ allowList: [] })).toBe(false);
    expect(validate({ $schema: "./node_modules/eslint-plugin-port-policy/schema/port-policy.schema.json" })).toBe(true);
  });

  it("documents every top-level key in the docs' key table", () => {
    const doc = readFileSync(CONFIGURATION_DOC, "utf8");
    for (const key of Object.keys(schema.properties)) expect(doc).toContain(`| \`${key}`);
  });
});
