import { afterAll, describe, expect, it } from "vitest";
import { loadConfigForCli } from "../../src/config/cli-config.js";
import { CONFIG_MESSAGES } from "../../src/config/messages.js";
import { strict } from "../../src/core/presets/strict.js";
import { docBlock } from "./docs-blocks.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

describe("loadConfigForCli", () => {
  it("prints exactly what docs/configuration.md shows for its invalid example", async () => {
    const root = projects.make({ "port-policy.config.yml": docBlock("invalid-config") });
    expect(await loadConfigForCli({ cwd: root })).toEqual({ ok: false, message: docBlock("invalid-config-output") });
  });

  it("returns the policy and files when the config is valid", async () => {
    const root = projects.make({ "port-policy.config.yml": "extends: port-policy:strict\n" });
    expect(await loadConfigForCli({ cwd: root })).toEqual({ ok: true, policy: strict, files: [`${root}/port-policy.config.yml`] });
  });

  it("passes --config and --preset through", async () => {
    const root = projects.make({ "ci.yml": "rules: { valid-port: warn }\n" });
    const result = await loadConfigForCli({ cwd: root, configPath: "ci.yml", preset: "strict" });
    expect(result.ok && result.policy).toEqual({ ...strict, rules: { ...strict.rules, "valid-port": "warn" } });
  });

  it("names files outside the working directory by their absolute path", async () => {
    const root = projects.make({ "port-policy.config.yml": "registeredPorts: some\n", "apps/web/.keep": "" });
    expect(await loadConfigForCli({ cwd: `${root}/apps/web` })).toEqual({
      ok: false,
      message: `port-policy: the configuration has 1 problem:\n${root}/port-policy.config.yml:1:18: registeredPorts: "some" is not one of well-known, all.\n`,
    });
  });

  it("counts a single problem in the singular", async () => {
    const root = projects.make({});
    expect(await loadConfigForCli({ cwd: root, configPath: "missing.yml" })).toEqual({
      ok: false,
      message: `port-policy: the configuration has 1 problem:\nmissing.yml: ${root}/missing.yml does not exist; check the config path given (--config, or configFile for ESLint).\n`,
    });
  });
});

describe("config messages", () => {
  for (const [code, template] of Object.entries(CONFIG_MESSAGES)) {
    it(`${code} is one sentence that ends with a period`, () => {
      expect(template).toMatch(/\.$/);
      expect(template.slice(0, -1)).not.toMatch(/\.\s/);
    });
  }
});
