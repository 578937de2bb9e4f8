import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig, loadConfigSync } from "../../src/config/load-config.js";
import { renderConfigErrors } from "../../src/config/messages.js";
import { readConfigFile, readConfigFileSync } from "../../src/config/read-config-file.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const WARN_PRIVILEGED = { rules: { "no-privileged-port": "warn" }, registry: { "8443/tcp": "payments-api" } };

// The same config in every format; each must load to the same policy, sync and async.
const FORMATS: Readonly<Record<string, string>> = {
  "port-policy.config.json": JSON.stringify(WARN_PRIVILEGED),
  "port-policy.config.yaml": 'rules:\n  no-privileged-port: warn\nregistry:\n  "8443/tcp": payments-api\n',
  "port-policy.config.yml": 'rules: { no-privileged-port: warn }\nregistry: { "8443/tcp": payments-api }\n',
  "port-policy.config.js": `export default ${JSON.stringify(WARN_PRIVILEGED)};\n`,
  "port-policy.config.mjs": `const config = ${JSON.stringify(WARN_PRIVILEGED)};\nexport default config;\n`,
  "package.json": JSON.stringify({ name: "app", portPolicy: WARN_PRIVILEGED }),
};

describe("config formats", () => {
  for (const [name, text] of Object.entries(FORMATS)) {
    it(`loads ${name} synchronously and asynchronously`, async () => {
      const root = projects.make({ [name]: text });
      for (const result of [loadConfigSync({ cwd: root }), await loadConfig({ cwd: root })]) {
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.files).toEqual([join(root, name)]);
        expect(result.policy.rules["no-privileged-port"]).toBe("warn");
        expect(result.policy.rules["no-dynamic-port"]).toBe("error");
        expect(result.policy.orgRegistry).toEqual([{ ports: { from: 8443, to: 8443 }, protocol: "tcp", service: "payments-api" }]);
      }
    });
  }

  it("loads a CommonJS module.exports config", async () => {
    const root = projects.make({ "port-policy.config.js": `module.exports = { registeredPorts: "all" };\n` });
    const result = await loadConfig({ cwd: root });
    expect(result.ok && result.policy.registeredPorts).toBe("all");
  });

  it("treats an empty YAML file as an empty config", () => {
    const root = projects.make({ "port-policy.config.yml": "# nothing yet\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy.rules["valid-port"]).toBe("error");
  });

  it("loads a module with top-level await only asynchronously, and says so synchronously", async () => {
    const root = projects.make({ "port-policy.config.mjs": `const rules = await Promise.resolve({ "valid-port": "off" });\nexport default { rules };\n` });
    const file = join(root, "port-policy.config.mjs");
    expect(readConfigFileSync(file)).toEqual({ ok: false, errors: [{ file, pointer: "", code: "needsAsyncLoad", data: {} }] });
    const result = await loadConfig({ cwd: root });
    expect(result.ok && result.policy.rules["valid-port"]).toBe("off");
  });
});

describe("syntax errors name the file and the line", () => {
  it("reports a YAML syntax error with its line and column", () => {
    const root = projects.make({ "port-policy.config.yml": "rules:\n  no-dynamic-port: error\n registry: [\n" });
    const file = join(root, "port-policy.config.yml");
    const result = readConfigFileSync(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ file, pointer: "", code: "yamlSyntax", line: 3, column: 1 });
    expect(renderConfigErrors(result.errors, { cwd: root })).toBe(
      "port-policy.config.yml:3:1: the file is not valid YAML (All mapping items must start at the same column); fix the syntax here, nothing was checked with this config.",
    );
  });

  it("reports duplicate YAML keys, which would otherwise silently drop a setting", () => {
    const root = projects.make({ "port-policy.config.yml": "rules: {}\nregistry: {}\nrules: {}\n" });
    const result = readConfigFileSync(join(root, "port-policy.config.yml"));
    expect(result.ok === false && result.errors[0]).toMatchObject({ code: "yamlSyntax", line: 3, column: 1 });
  });

  it("reports a JSON syntax error with its line and column", async () => {
    const root = projects.make({ "port-policy.config.json": '{\n  "rules": {\n    "valid-port": "off",\n  }\n}\n' });
    const file = join(root, "port-policy.config.json");
    const result = await readConfigFile(file);
    expect(result.ok === false && result.errors[0]).toMatchObject({ file, code: "jsonSyntax", line: 4, column: 3 });
  });

  it("reports a JS config that fails to load with the module's error", () => {
    const root = projects.make({ "port-policy.config.mjs": "export default {\n" });
    const result = readConfigFileSync(join(root, "port-policy.config.mjs"));
    expect(result.ok === false && result.errors[0]?.code).toBe("jsLoadFailed");
  });

  it("reports a missing --config file", async () => {
    const root = projects.make({});
    const result = await loadConfig({ cwd: root, configFile: "ci/ports.yml" });
    expect(result).toEqual({
      ok: false,
      errors: [{ file: join(root, "ci/ports.yml"), pointer: "", code: "configNotFound", data: { path: join(root, "ci/ports.yml") } }],
    });
  });
});
