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
    expect(policyWith({ preset: "strict" })).toEqual(strict);
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
