// The nearest config of each file, as ESLint 10 finds eslint.config.* per linted file.
import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPolicyLookup } from "../../src/config/policy-lookup.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const MONOREPO = {
  "port-policy.config.yml": "registeredPorts: all\n",
  "packages/api/port-policy.config.yml": "rules: { no-privileged-port: warn }\n",
  "packages/web/package.json": JSON.stringify({ name: "web", portPolicy: { nodePortRange: "31000-31999" } }),
  "packages/docs/package.json": JSON.stringify({ name: "docs" }),
  "packages/api/src/deep/server.ts": "",
};

describe("createPolicyLookup", () => {
  it("gives each file the nearest config at or above its directory", () => {
    const root = projects.make(MONOREPO);
    const lookup = createPolicyLookup();
    const policy = (file: string) => {
      const result = lookup.forFile(join(root, file));
      return result.ok ? result.policy : undefined;
    };
    expect(policy("packages/api/src/deep/server.ts")?.rules["no-privileged-port"]).toBe("warn");
    expect(policy("packages/api/src/deep/server.ts")?.registeredPorts).toBe("well-known");
    expect(policy("packages/web/compose.yaml")?.nodePortRange).toEqual({ from: 31000, to: 31999 });
    // A package.json without the key is no config: the root's applies.
    expect(policy("packages/docs/compose.yaml")?.registeredPorts).toBe("all");
    expect(policy("compose.yaml")?.registeredPorts).toBe("all");
  });

  it("answers files under one config with one Policy object", () => {
    const root = projects.make(MONOREPO);
    const lookup = createPolicyLookup();
    const a = lookup.forFile(join(root, "packages/api/a.ts"));
    const b = lookup.forFile(join(root, "packages/api/src/deep/b.ts"));
    expect(a.ok && b.ok && a.policy === b.policy).toBe(true);
  });

  it("is recommended where no config applies", () => {
    const root = projects.make({ "src/x.ts": "" });
    expect(createPolicyLookup().forFile(join(root, "src/x.ts"))).toEqual({ ok: true, policy: recommended, files: [] });
  });

  it("reports two configs in one directory, and a broken config, as errors", () => {
    const root = projects.make({
      "a/port-policy.config.yml": "{}\n",
      "a/port-policy.config.json": "{}",
      "b/port-policy.config.yml": "rules: { no-such-rule: error }\n",
    });
    const lookup = createPolicyLookup();
    expect(lookup.forFile(join(root, "a/x.yaml"))).toMatchObject({ ok: false, errors: [{ code: "multipleConfigFiles" }] });
    expect(lookup.forFile(join(root, "b/x.yaml"))).toMatchObject({ ok: false, errors: [{ code: "unknownRule", line: 1, column: 10 }] });
  });

  it("sees an edited config once its answers are older than ttlMs", async () => {
    const root = projects.make({ "port-policy.config.yml": "registeredPorts: all\n" });
    const lookup = createPolicyLookup({ ttlMs: 50 });
    const before = lookup.forFile(join(root, "x.ts"));
    writeFileSync(join(root, "port-policy.config.yml"), "registeredPorts: well-known\n");
    utimesSync(join(root, "port-policy.config.yml"), new Date(), new Date());
    const cached = lookup.forFile(join(root, "x.ts"));
    await new Promise((resolve) => setTimeout(resolve, 60));
    const after = lookup.forFile(join(root, "x.ts"));
    expect([before, cached, after].map((result) => result.ok && result.policy.registeredPorts)).toEqual(["all", "all", "well-known"]);
  });
});
