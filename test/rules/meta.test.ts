// Keeps the plugin whole: every catalogue rule has a rule file, a test, a docs page with the
// required sections, a schema, catalogue meta, and a place in both configs.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import plugin from "../../src/index.js";
import { CATALOGUE, docsUrl } from "../../src/core/catalogue.js";
import { packageInfo } from "../../src/version.js";
import { rules } from "../../rules/index.js";

const ROOT = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, ROOT), "utf8");

describe("plugin", () => {
  it("has meta with the package name, version and the port-policy namespace", () => {
    const { name, version } = packageInfo();
    expect(plugin.meta).toEqual({ name, version, namespace: "port-policy" });
  });

  it("exposes exactly the catalogue's rules", () => {
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(CATALOGUE.map((entry) => entry.id).sort());
  });

  it.each(["recommended", "strict"] as const)("configs.%s registers the plugin and turns every rule on for JS and TS files", (name) => {
    const [config] = plugin.configs[name];
    expect(config?.name).toBe(`port-policy/${name}`);
    expect(config?.plugins?.["port-policy"]).toBe(plugin);
    // The scanner's preset severities: no-ephemeral-port is a warning in recommended, an error in strict.
    const severity = (entry: (typeof CATALOGUE)[number]) => (name === "strict" && entry.id === "no-ephemeral-port" ? "error" : entry.severity);
    expect(config?.rules).toEqual(Object.fromEntries(CATALOGUE.map((entry) => [`port-policy/${entry.id}`, severity(entry)])));
    expect(config?.rules?.["port-policy/no-ephemeral-port"]).toBe(name === "strict" ? "error" : "warn");
    expect(config?.files).toEqual(["**/*.js", "**/*.mjs", "**/*.cjs", "**/*.jsx", "**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"]);
  });

  it.each(["recommended", "strict"] as const)("configs.%s parses TypeScript with a parser and .js/.jsx with JSX, and sets nothing else", (name) => {
    const [, typescript, jsx, ...rest] = plugin.configs[name];
    expect(rest).toEqual([]);
    expect(typescript).toEqual({ name: `port-policy/${name}/typescript`, files: ["**/*.ts", "**/*.mts", "**/*.cts", "**/*.tsx"], languageOptions: { parser: expect.objectContaining({ parseForESLint: expect.any(Function) }) } });
    expect(jsx).toEqual({ name: `port-policy/${name}/jsx`, files: ["**/*.js", "**/*.jsx"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });
  });

  it("configs.strict selects the strict preset through settings", () => {
    expect(plugin.configs.strict[0]?.settings).toEqual({ "port-policy": { preset: "strict" } });
    expect(plugin.configs.recommended.some((config) => config.settings !== undefined)).toBe(false);
  });
});

describe.each(CATALOGUE.map((entry) => [entry.id, entry] as const))("%s", (id, entry) => {
  const rule = rules[id as keyof typeof rules];

  it("has a rule file, a test file and a docs page", () => {
    expect(existsSync(new URL(`rules/${id}.ts`, ROOT))).toBe(true);
    expect(existsSync(new URL(`test/rules/${id}.test.ts`, ROOT))).toBe(true);
    expect(existsSync(new URL(`docs/rules/${id}.md`, ROOT))).toBe(true);
  });

  it("takes its meta from the catalogue", () => {
    expect(rule.meta.docs?.description).toBe(entry.description);
    expect(rule.meta.docs?.url).toBe(docsUrl(id));
    expect(rule.meta.messages).toEqual(entry.messages);
    expect(rule.meta.type).toBe("problem");
  });

  it("has an options schema and default options", () => {
    expect(Array.isArray(rule.meta.schema) && rule.meta.schema.length).toBe(1);
    expect(rule.meta.defaultOptions).toEqual([{}]);
  });

  it("has a docs page with the generated header and the required sections", () => {
    const doc = read(`docs/rules/${id}.md`);
    expect(doc.split("\n")[0]).toBe(`# ${entry.description} (\`port-policy/${id}\`)`);
    expect(doc).toContain("<!-- end auto-generated rule header -->");
    for (const heading of ["## Why", "## Examples", "### ❌ Incorrect", "### ✅ Correct", "## Options", "## What it does not check", "## When Not To Use It"]) {
      expect(doc, heading).toContain(`\n${heading}\n`);
    }
    // The port classes are explained on every page.
    expect(doc).toMatch(/0–1023/);
    expect(doc).toMatch(/1024–49151/);
    expect(doc).toMatch(/49152–65535/);
  });

  it("is listed in the README rules table", () => {
    expect(read("README.md")).toContain(`[${id}](docs/rules/${id}.md)`);
  });
});
