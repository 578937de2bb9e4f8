// The policy a rule applies: preset, then settings["port-policy"], then the rule's options.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { policyFromContext } from "../../../rules/utils/policy-from-context.js";
import type { PolicyOptions } from "../../../rules/utils/policy-options-schema.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { strict } from "../../../src/core/presets/strict.js";

// A directory of its own, with no port-policy config above it (os.tmpdir() has none).
const root = mkdtempSync(join(tmpdir(), "policy-from-context-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function policyWith(settings: unknown, options: PolicyOptions = {}, physicalFilename = join(root, "server.ts")) {
  const context = { settings: settings === undefined ? {} : { "port-policy": settings }, cwd: root, physicalFilename } as never;
  return policyFromContext(context, options);
}

const allowFifty = { ports: { from: 50000, to: 50000 }, reason: "test" };

describe("policyFromContext", () => {
  it("is the recommended preset when nothing is set", () => {
    expect(policyWith(undefined)).toEqual(recommended);
  });

  it("takes a preset from settings or options, options first", () => {
    // A preset changes no rule switch here: ESLint's own severities decide (configs.strict sets
    // no-ephemeral-port to error), and a rule the file's config turns off stays off.
    expect(policyWith({ preset: "strict" })).toEqual({ ...strict, rules: recommended.rules });
    expect(policyWith({ preset: "strict" }, { preset: "recommended" })).toEqual(recommended);
  });

  it("lets settings override the preset and options override settings, field by field", () => {
    const policy = policyWith({ allowlist: [allowFifty], registeredPorts: "all" }, { registeredPorts: "well-known" });
    expect(policy.allowlist).toEqual([allowFifty]);
    expect(policy.registeredPorts).toBe("well-known");
    expect(policy.ephemeral).toEqual(recommended.ephemeral);
  });

  it("merges runtime keys instead of replacing the object", () => {
    expect(policyWith({ runtime: { compose: "podman" } }, { runtime: { kubernetes: "cri-o" } }).runtime).toEqual({
      compose: "podman",
      kubernetes: "cri-o",
      actions: recommended.runtime.actions,
      dockerfile: recommended.runtime.dockerfile,
    });
  });

  it("keeps every rule on: ESLint decides which rules run", () => {
    expect(policyWith({ preset: "strict" }).rules).toEqual(recommended.rules);
  });

  it("rejects settings that do not match the schema, naming the problem", () => {
    expect(() => policyWith({ registeredPorts: "some" })).toThrow(/Invalid settings\["port-policy"\]: \/registeredPorts must be equal to one of the allowed values/);
    expect(() => policyWith({ allowlist: [{ ports: { from: 1, to: 2 } }] })).toThrow(/must have required property 'reason'/);
  });
});

describe("policyFromContext and the nearest port-policy config", () => {
  const project = mkdtempSync(join(tmpdir(), "policy-from-context-project-"));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  writeFileSync(join(project, "port-policy.config.yml"), "rules: { valid-port: off }\nregisteredPorts: all\nallowlist: [{ ports: 50000, reason: agents }]\n");

  it("applies the config nearest to the linted file, with its rule switches", () => {
    const policy = policyWith(undefined, {}, join(project, "src/server.ts"));
    expect(policy.registeredPorts).toBe("all");
    expect(policy.rules["valid-port"]).toBe("off");
    expect(policy.allowlist).toEqual([{ ports: { from: 50000, to: 50000 }, reason: "agents" }]);
  });

  it("lets settings and options fields replace the file's, and a preset apply over it", () => {
    const policy = policyWith({ preset: "strict" }, { allowlist: [allowFifty] }, join(project, "src/server.ts"));
    expect(policy.allowlist).toEqual([allowFifty]);
    expect(policy.ephemeral).toEqual(strict.ephemeral);
    expect(policy.rules["valid-port"]).toBe("off");
  });

  it("looks nothing up when settings hold a whole policy (portPolicySettings(), scan --config)", () => {
    const broken = mkdtempSync(join(tmpdir(), "policy-from-context-broken-"));
    writeFileSync(join(broken, "port-policy.config.yml"), "rules: { no-such-rule: error }\n");
    try {
      expect(policyWith(recommended, {}, join(broken, "a.ts")).registeredPorts).toBe("well-known");
      expect(() => policyWith(undefined, {}, join(broken, "a.ts"))).toThrow(/port-policy configuration is invalid:\n\S*port-policy\.config\.yml:1:10: rules\.no-such-rule/);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
