// extends: presets, npm packages, relative paths, merge order, cycles, missing targets; --config and --preset.
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMMAND_LINE } from "../../src/config/config-error.js";
import { loadConfig, loadConfigSync } from "../../src/config/load-config.js";
import { renderConfigErrors } from "../../src/config/messages.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { strict } from "../../src/core/presets/strict.js";
import { tempProjects } from "./temp-project.js";

const projects = tempProjects();
afterAll(() => projects.cleanup());

const PACKAGE = (name: string, main: string) => JSON.stringify({ name, version: "1.0.0", main });

describe("presets", () => {
  it("uses recommended when there is no config at all", async () => {
    const root = projects.make({});
    expect(await loadConfig({ cwd: root })).toEqual({ ok: true, policy: recommended, files: [] });
  });

  it("uses recommended when the config has no extends", () => {
    const root = projects.make({ "port-policy.config.yml": "registeredPorts: well-known\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy).toEqual(recommended);
  });

  it("gives port-policy:strict exactly the strict preset", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: port-policy:strict\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy).toEqual(strict);
  });

  it("composes presets: strict then docker keeps strict's ranges and takes docker's runtime", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: [port-policy:strict, port-policy:docker]\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy).toEqual({ ...strict, runtime: { compose: "docker", kubernetes: "containerd", actions: "docker", dockerfile: "docker" } });
  });

  it("applies port-policy:openshift's runtime", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: port-policy:openshift\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy.runtime.kubernetes).toBe("openshift");
  });

  it("rejects an unknown preset with the list of presets", () => {
    const root = projects.make({ "port-policy.config.yml": "extends:\n  - port-policy:strict\n  - port-policy:paranoid\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      'port-policy.config.yml:3:5: extends[1]: "port-policy:paranoid" is not a built-in preset; use one of port-policy:recommended, port-policy:strict, port-policy:kubernetes, port-policy:openshift, port-policy:docker.',
    );
  });
});

describe("extends packages and paths", () => {
  it("resolves an npm package from the config file's directory, through its main", () => {
    const root = projects.make({
      "port-policy.config.yml": 'extends: "@acme/ports"\n',
      "node_modules/@acme/ports/package.json": PACKAGE("@acme/ports", "policy.json"),
      "node_modules/@acme/ports/policy.json": JSON.stringify({ registry: { "9000-9099": "observability" } }),
      "apps/web/.keep": "",
    });
    const result = loadConfigSync({ cwd: join(root, "apps/web") });
    expect(result).toEqual({
      ok: true,
      policy: { ...recommended, orgRegistry: [{ ports: { from: 9000, to: 9099 }, service: "observability" }] },
      files: [join(root, "node_modules/@acme/ports/policy.json"), join(root, "port-policy.config.yml")],
    });
  });

  it("resolves a package whose main is a module exporting the config, and one with only a port-policy.config file", async () => {
    const root = projects.make({
      "port-policy.config.yml": "extends: [js-ports, bare-ports]\n",
      "node_modules/js-ports/package.json": JSON.stringify({ name: "js-ports", exports: { ".": "./index.mjs" } }),
      "node_modules/js-ports/index.mjs": 'export default { runtime: { compose: "podman" } };\n',
      "node_modules/bare-ports/package.json": JSON.stringify({ name: "bare-ports" }),
      "node_modules/bare-ports/port-policy.config.yml": "runtime: { actions: bare }\n",
    });
    for (const result of [loadConfigSync({ cwd: root }), await loadConfig({ cwd: root })]) {
      expect(result.ok && result.policy.runtime).toEqual({ compose: "podman", kubernetes: "portable", actions: "bare", dockerfile: "portable" });
    }
  });

  it("resolves relative paths from the file that names them, recursively", () => {
    const root = projects.make({
      "port-policy.config.yml": "extends: ./policy/base.yml\n",
      "policy/base.yml": "extends: ../shared/ports.json\nrules: { valid-port: warn }\n",
      "shared/ports.json": JSON.stringify({ rules: { "valid-port": "off", "no-dynamic-port": "warn" } }),
    });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy.rules).toEqual({ ...recommended.rules, "valid-port": "warn", "no-dynamic-port": "warn" });
    expect(result.ok && result.files).toEqual([join(root, "shared/ports.json"), join(root, "policy/base.yml"), join(root, "port-policy.config.yml")]);
  });

  it("names the package and the file that asked for it when a package is missing", () => {
    const root = projects.make({ "configs/port-policy.config.yml": 'extends:\n  - port-policy:strict\n  - "@acme/port-policy-config"\n' });
    const result = loadConfigSync({ cwd: root, configFile: "configs/port-policy.config.yml" });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      `configs/port-policy.config.yml:3:5: extends[1]: the package "@acme/port-policy-config" is not installed where this config is (${join(root, "configs")}); install it (npm install --save-dev @acme/port-policy-config) or correct the name.`,
    );
  });

  it("suggests the preset when a preset name is written without its prefix", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: strict\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      `port-policy.config.yml:1:10: extends: the package "strict" is not installed where this config is (${root}); install it (npm install --save-dev strict) or correct the name (did you mean "port-policy:strict"?).`,
    );
  });

  it("reports a package with neither main nor a config file", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: empty-ports\n", "node_modules/empty-ports/package.json": JSON.stringify({ name: "empty-ports" }) });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && result.errors[0]).toMatchObject({ code: "packageHasNoConfig", data: { name: "empty-ports", directory: join(root, "node_modules/empty-ports") } });
  });

  it("reports a missing relative file with its resolved path", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: ./base.yml\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      `port-policy.config.yml:1:10: extends: extends "./base.yml", but ${join(root, "base.yml")} does not exist.`,
    );
  });

  it("reports errors inside an extended file against that file", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: ./base.yml\n", "base.yml": "rules:\n  valid-port: of\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe('base.yml:2:15: rules.valid-port: "of" is not one of error, warn, off (did you mean "off"?).');
  });
});

describe("extends cycles", () => {
  it("shows the chain of a cycle through two files", () => {
    const root = projects.make({ "a.yml": "extends: ./b.yml\n", "b.yml": "extends: [port-policy:strict, ./a.yml]\n" });
    const result = loadConfigSync({ cwd: root, configFile: "a.yml" });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      "b.yml:1:31: extends[1]: the extends chain comes back to a file it started from: a.yml → b.yml → a.yml; remove one of these extends.",
    );
  });

  it("catches a file that extends itself", () => {
    const root = projects.make({ "port-policy.config.yml": "extends: ./port-policy.config.yml\n" });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok === false && result.errors[0]?.data).toEqual({ chain: "port-policy.config.yml → port-policy.config.yml" });
  });

  it("does not mistake a diamond (two files extending the same base) for a cycle, nor repeat its entries", () => {
    const root = projects.make({
      "port-policy.config.yml": "extends: [./left.yml, ./right.yml]\n",
      "left.yml": "extends: ./base.yml\n",
      "right.yml": "extends: ./base.yml\n",
      "base.yml": 'registry: { "9000": metrics }\nallowlist: [{ ports: 3000, reason: dev server }]\n',
    });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy.orgRegistry).toEqual([{ ports: { from: 9000, to: 9000 }, service: "metrics" }]);
    expect(result.ok && result.policy.allowlist).toEqual([{ ports: { from: 3000, to: 3000 }, reason: "dev server" }]);
    expect(result.ok && result.files).toEqual(["base.yml", "left.yml", "right.yml", "port-policy.config.yml"].map((file) => join(root, file)));
  });

  it("returns a policy of its own, never the preset object itself", () => {
    const root = projects.make({});
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy).not.toBe(recommended);
    expect(result.ok && result.policy.rules).not.toBe(recommended.rules);
  });
});

describe("merge order", () => {
  it("lets later layers win per key while allowlists add up and registry entries are replaced", () => {
    const root = projects.make({
      "port-policy.config.yml": [
        "extends: [./org.yml, ./team.yml]",
        "rules: { no-duplicate-port: warn }",
        'registry: { "8443/tcp": payments-api-v2 }',
        "allowlist: [{ ports: 3000, reason: local dev server }]",
        "",
      ].join("\n"),
      "org.yml": [
        "rules: { no-dynamic-port: warn, valid-port: warn }",
        "runtime: { kubernetes: cri-o }",
        "ephemeral: [{ profile: windows, severity: error }]",
        'registry: { "8443/tcp": payments-api, "9000-9099": observability }',
        'allowlist: [{ ports: "50000-50010", protocol: tcp, rules: [no-dynamic-port], reason: legacy agents }]',
        'kubernetes: { hostPorts: [80, "9100-9110"], forbiddenServiceTypes: [NodePort, NodePort] }',
        "publish: { requireHostIp: true }",
        "ssh: forbid",
        "",
      ].join("\n"),
      "team.yml":
        'rules: { valid-port: "off" }\nruntime: { compose: podman }\nephemeral: []\nnodePortRange: "20000-22767"\nregistry: { "9010": status-page }\nkubernetes: { hostNetwork: forbid }\nssh: allow\n',
    });
    const result = loadConfigSync({ cwd: root });
    expect(result.ok && result.policy).toEqual({
      // org.yml's old-style `severity: error` on a profile is no-ephemeral-port's severity now.
      rules: { ...recommended.rules, "no-dynamic-port": "warn", "no-ephemeral-port": "error", "valid-port": "off", "no-duplicate-port": "warn" },
      ephemeral: [],
      runtime: { compose: "podman", kubernetes: "cri-o", actions: "docker", dockerfile: "portable" },
      nodePortRange: { from: 20000, to: 22767 },
      registeredPorts: "well-known",
      allowlist: [
        { ports: { from: 50000, to: 50010 }, protocol: "tcp", rules: ["no-dynamic-port"], reason: "legacy agents" },
        { ports: { from: 3000, to: 3000 }, reason: "local dev server" },
      ],
      orgRegistry: [
        { ports: { from: 9010, to: 9010 }, service: "status-page" },
        { ports: { from: 8443, to: 8443 }, protocol: "tcp", service: "payments-api-v2" },
        { ports: { from: 9000, to: 9099 }, service: "observability" },
      ],
      kubernetes: {
        allowedHostPorts: [
          { from: 80, to: 80 },
          { from: 9100, to: 9110 },
        ],
        hostNetwork: "forbid",
        forbiddenServiceTypes: ["NodePort"],
      },
      publish: { requireHostIp: true },
      ssh: "allow",
    });
  });

  it('reads kubernetes.hostPorts "none" as an empty allow-list and "any" as no restriction', () => {
    const none = loadConfigSync({ cwd: projects.make({ "port-policy.config.yml": "kubernetes: { hostPorts: none }\n" }) });
    expect(none.ok && none.policy.kubernetes.allowedHostPorts).toEqual([]);
    const any = loadConfigSync({ cwd: projects.make({ "port-policy.config.yml": "extends: port-policy:strict\nkubernetes: { hostPorts: any }\n" }) });
    expect(any.ok && any.policy.kubernetes).toEqual({ ...strict.kubernetes, allowedHostPorts: "any" });
  });
});

describe("ephemeral profiles written before no-ephemeral-port was split from no-dynamic-port", () => {
  const policyOf = (yaml: string) => {
    const result = loadConfigSync({ cwd: projects.make({ "port-policy.config.yml": yaml }) });
    if (!result.ok) throw new Error(renderConfigErrors(result.errors));
    return result.policy;
  };

  it("reads an old-style `severity` on a profile as no-ephemeral-port's severity, keeping the profiles", () => {
    const policy = policyOf("ephemeral:\n  - profile: linux\n    severity: error\n");
    expect(policy.rules["no-ephemeral-port"]).toBe("error");
    expect(policy.rules["no-dynamic-port"]).toBe("error");
    expect(policy.ephemeral).toEqual([{ profile: "linux", severity: "error" }]);
    // over strict, an old `warn` still lowers it, as it did
    expect(policyOf("extends: port-policy:strict\nephemeral: [{ profile: linux, severity: warn }]\n").rules["no-ephemeral-port"]).toBe("warn");
  });

  it("takes the strictest of several profiles' severities, and the file's `rules` over them", () => {
    expect(policyOf("ephemeral: [{ profile: linux, severity: warn }, { profile: freebsd, severity: error }]\n").rules["no-ephemeral-port"]).toBe("error");
    expect(policyOf("rules: { no-ephemeral-port: \"off\" }\nephemeral: [{ profile: linux, severity: error }]\n").rules["no-ephemeral-port"]).toBe("off");
  });

  it("leaves the severity to `rules` and the preset when profiles name none", () => {
    expect(policyOf("ephemeral: [{ profile: freebsd }]\n")).toEqual({ ...recommended, ephemeral: [{ profile: "freebsd" }] });
    expect(policyOf("extends: port-policy:strict\nephemeral: [{ profile: linux }]\n").rules["no-ephemeral-port"]).toBe("error");
  });
});

describe("--config and --preset", () => {
  it("reads --config instead of the discovered file", () => {
    const root = projects.make({ "port-policy.config.yml": "registeredPorts: all\n", "ci/ports.json": JSON.stringify({ rules: { "valid-port": "off" } }) });
    const result = loadConfigSync({ cwd: root, configFile: "ci/ports.json" });
    expect(result).toEqual({ ok: true, policy: { ...recommended, rules: { ...recommended.rules, "valid-port": "off" } }, files: [join(root, "ci/ports.json")] });
  });

  it("reads a package.json given with --config through its portPolicy key", () => {
    const root = projects.make({ "tools/package.json": JSON.stringify({ name: "tools", portPolicy: { registeredPorts: "all" } }) });
    const result = loadConfigSync({ cwd: root, configFile: "tools/package.json" });
    expect(result.ok && result.policy.registeredPorts).toBe("all");
  });

  it("applies --preset after the config file, with or without its prefix", () => {
    const root = projects.make({ "port-policy.config.yml": "rules: { valid-port: warn }\n" });
    for (const preset of ["strict", "port-policy:strict"]) {
      const result = loadConfigSync({ cwd: root, preset });
      expect(result.ok && result.policy).toEqual({ ...strict, rules: { ...strict.rules, "valid-port": "warn" } });
    }
  });

  it("rejects an unknown --preset as a command-line error", () => {
    const root = projects.make({});
    const result = loadConfigSync({ cwd: root, preset: "lenient" });
    expect(result.ok === false && renderConfigErrors(result.errors, { cwd: root })).toBe(
      `${COMMAND_LINE}: "lenient" is not a built-in preset; use one of port-policy:recommended, port-policy:strict, port-policy:kubernetes, port-policy:openshift, port-policy:docker.`,
    );
  });
});
