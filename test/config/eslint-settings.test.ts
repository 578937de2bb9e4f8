import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { loadPortPolicySettings, portPolicyRules, portPolicySettings, PortPolicyConfigError } from "../../src/config/eslint-settings.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const ORG_PROJECT = fileURLToPath(new URL("../../fixtures/org-project/", import.meta.url));

describe("portPolicySettings", () => {
  it("gives ESLint the same policy the scanner loads, under settings['port-policy']", async () => {
    const scanner = await loadConfig({ cwd: ORG_PROJECT });
    expect(scanner.ok).toBe(true);
    if (!scanner.ok) return;
    expect(portPolicySettings({ cwd: ORG_PROJECT })).toEqual({ "port-policy": scanner.policy });
    expect(await loadPortPolicySettings({ cwd: ORG_PROJECT })).toEqual({ "port-policy": scanner.policy });
  });

  it("reads an explicit configFile relative to cwd", () => {
    const root = projects.make({ "lint/ports.yml": "registeredPorts: all\n" });
    expect(portPolicySettings({ cwd: root, configFile: "lint/ports.yml" })["port-policy"].registeredPorts).toBe("all");
  });

  it("keeps ports as { from, to }, the core Policy shape the rules read", () => {
    const root = projects.make({ "port-policy.config.json": JSON.stringify({ allowlist: [{ ports: "3000-3002", reason: "dev servers" }] }) });
    expect(portPolicySettings({ cwd: root })["port-policy"].allowlist).toEqual([{ ports: { from: 3000, to: 3002 }, reason: "dev servers" }]);
  });

  it("throws PortPolicyConfigError listing every problem when the config is invalid", () => {
    const root = projects.make({ "port-policy.config.yml": "rules: { no-dynamic-port: eror }\nallowlist: [{ ports: 8080 }]\n" });
    let thrown: unknown;
    try {
      portPolicySettings({ cwd: root });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PortPolicyConfigError);
    expect((thrown as PortPolicyConfigError).errors.map((error) => error.code)).toEqual(["notOneOf", "missingKey"]);
    expect((thrown as Error).message).toBe(
      [
        "port-policy configuration is invalid:",
        'port-policy.config.yml:1:27: rules.no-dynamic-port: "eror" is not one of error, warn, off (did you mean "error"?).',
        'port-policy.config.yml:2:13: allowlist[0].reason: "reason" is required here; every allowlist entry says why the port is allowed, so that reviewers can judge it.',
      ].join("\n"),
    );
  });

  it("needs the async loader for a config with top-level await, and says which to use", async () => {
    const root = projects.make({ "port-policy.config.mjs": 'export default await Promise.resolve({ registeredPorts: "all" });\n' });
    expect(() => portPolicySettings({ cwd: root })).toThrow(/use await loadPortPolicySettings\(\) in the ESLint config/);
    expect((await loadPortPolicySettings({ cwd: root }))["port-policy"].registeredPorts).toBe("all");
  });

  it("uses recommended when there is no config", () => {
    const root = projects.make({ "src/.keep": "" });
    expect(portPolicySettings({ cwd: join(root, "src") })).toEqual({ "port-policy": recommended });
  });
});

describe("portPolicyRules", () => {
  it("turns the policy's severities into ESLint rule entries", () => {
    expect(portPolicyRules({ ...recommended, rules: { ...recommended.rules, "valid-port": "off", "no-privileged-port": "warn" } })).toEqual({
      "port-policy/no-dynamic-port": "error",
      "port-policy/no-ephemeral-port": "warn",
      "port-policy/no-privileged-port": "warn",
      "port-policy/no-registered-port-misuse": "error",
      "port-policy/no-duplicate-port": "error",
      "port-policy/no-browser-unsafe-port": "error",
      "port-policy/valid-port": "off",
    });
  });
});
