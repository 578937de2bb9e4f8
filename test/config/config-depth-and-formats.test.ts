// Config files the loader must turn into a policy or one clear error, never a crash: CommonJS
// and TypeScript modules, and values nested far deeper than any config needs (issue 11).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig, loadConfigSync } from "../../src/config/load-config.js";
import { renderConfigErrors } from "../../src/config/messages.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const nodeStripsTypes = Boolean((process.features as { typescript?: unknown }).typescript);

describe("module config formats", () => {
  it("loads port-policy.config.cjs through require() and import()", async () => {
    const root = projects.make({ "package.json": '{ "type": "module" }', "port-policy.config.cjs": 'module.exports = { registeredPorts: "all" };\n' });
    for (const result of [loadConfigSync({ cwd: root }), await loadConfig({ cwd: root })]) {
      expect(result).toMatchObject({ ok: true, files: [join(root, "port-policy.config.cjs")], policy: { registeredPorts: "all" } });
    }
  });

  it.each(["port-policy.config.ts", "port-policy.config.mts", "port-policy.config.cts"])("loads %s where Node.js strips types, else says which Node.js it needs", async (name) => {
    const text = name.endsWith(".cts")
      ? 'const config: { registeredPorts: string } = { registeredPorts: "all" };\nmodule.exports = config;\n'
      : 'const config: { registeredPorts: string } = { registeredPorts: "all" };\nexport default config;\n';
    const root = projects.make({ [name]: text });
    for (const result of [loadConfigSync({ cwd: root }), await loadConfig({ cwd: root })]) {
      if (nodeStripsTypes) {
        expect(result).toMatchObject({ ok: true, policy: { registeredPorts: "all" } });
      } else {
        expect(result).toMatchObject({ ok: false, errors: [{ code: "typescriptUnsupported", data: { version: process.version } }] });
        expect(renderConfigErrors(result.ok ? [] : result.errors, { cwd: root })).toBe(
          `${name}: Node.js ${process.version} cannot load a TypeScript config; run Node.js 22.18 or later, which strips types by itself, or write the config as port-policy.config.mjs or .yml.`,
        );
      }
    }
  });
});

describe("configs nested deeper than any config needs", () => {
  const DEPTH = 100_000;

  it("refuses a 100k-deep JSON config with one error naming where the nesting starts", () => {
    const root = projects.make({});
    writeFileSync(join(root, "port-policy.config.json"), `{"allowlist":${"[".repeat(DEPTH)}${"]".repeat(DEPTH)}}`);
    const result = loadConfigSync({ cwd: root });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "tooDeep", pointer: "/allowlist/0/0/0", data: { limit: 32 } }] });
    expect(renderConfigErrors(result.ok ? [] : result.errors, { cwd: root })).toMatch(/^port-policy\.config\.json: allowlist\[0\]\[0\]\[0\]: the config is nested more than 32 levels deep here/);
  });

  it("refuses a deep YAML config at the line and column the yaml parser stopped", () => {
    const root = projects.make({});
    // The yaml package's composer recurses once per level: a few thousand already overflow it.
    writeFileSync(join(root, "port-policy.config.yml"), `registry:\n  x: ${"[".repeat(5_000)}${"]".repeat(5_000)}\n`);
    const result = loadConfigSync({ cwd: root });
    expect(result).toMatchObject({ ok: false, errors: [{ code: "tooDeep", line: 2 }] });
  });

  it("refuses a JS config whose value contains itself", async () => {
    const root = projects.make({ "port-policy.config.mjs": "const rules = {};\nrules.self = rules;\nexport default { rules };\n" });
    expect(await loadConfig({ cwd: root })).toMatchObject({ ok: false, errors: [{ code: "tooDeep", pointer: "/rules/self/self/self" }] });
  });

  it("still accepts the deepest shape a real config has", () => {
    const root = projects.make({ "port-policy.config.yml": "allowlist:\n  - { ports: 50000, rules: [no-dynamic-port], reason: Jenkins agents }\n" });
    expect(loadConfigSync({ cwd: root }).ok).toBe(true);
  });
});
