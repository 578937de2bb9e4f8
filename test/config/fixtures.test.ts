// The worked example: @acme/port-policy-config (fixtures/org-preset) installed in
// fixtures/org-project/node_modules, extended by the project's config, applied by the scanner.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load-config.js";
import { scanPaths } from "../../src/scan/index.js";
import { strict } from "../../src/core/presets/strict.js";

const PRESET = new URL("../../fixtures/org-preset/", import.meta.url);
const PROJECT = new URL("../../fixtures/org-project/", import.meta.url);
const INSTALLED = new URL("node_modules/@acme/port-policy-config/", PROJECT);
const cwd = fileURLToPath(PROJECT);

describe("org preset fixtures", () => {
  for (const file of ["package.json", "port-policy.config.yml"]) {
    it(`installs the same ${file} as fixtures/org-preset publishes`, () => {
      expect(readFileSync(new URL(file, INSTALLED), "utf8")).toBe(readFileSync(new URL(file, PRESET), "utf8"));
    });
  }

  it("resolves the project's config through node_modules, strict first, then the org, then the project", async () => {
    const result = await loadConfig({ cwd });
    expect(result).toEqual({
      ok: true,
      files: [fileURLToPath(new URL("port-policy.config.yml", INSTALLED)), fileURLToPath(new URL("port-policy.config.yml", PROJECT))],
      policy: {
        ...strict,
        rules: { ...strict.rules, "no-privileged-port": "warn" },
        runtime: { ...strict.runtime, kubernetes: "cri-o" },
        publish: { requireHostIp: false },
        allowlist: [
          { ports: { from: 50000, to: 50010 }, protocol: "tcp", rules: ["no-dynamic-port"], reason: "Legacy build agents listen here until they are replaced (ACME-1234)." },
          { ports: { from: 8443, to: 8443 }, rules: ["no-registered-port-misuse"], reason: "The local payments-api stub in compose.yaml stands in for the real service." },
        ],
        orgRegistry: [
          { ports: { from: 8443, to: 8443 }, protocol: "tcp", service: "payments-api" },
          { ports: { from: 8500, to: 8500 }, protocol: "tcp", service: "service-catalog" },
          { ports: { from: 8080, to: 8080 }, protocol: "tcp", service: "orders-api" },
          { ports: { from: 9000, to: 9099 }, service: "observability" },
        ],
      },
    });
  });

  // Host and container side of "50020:50020" may each be a finding; what matters here is which
  // ports and lines the policy lets through, so findings are reduced to rule, port and line.
  const reported = (findings: readonly { ruleId: string; messageId: string; port?: number; origin: { line: number } }[]) => [
    ...new Set(findings.map((finding) => `${finding.ruleId}/${finding.messageId} ${finding.port} line ${finding.origin.line}`)),
  ];

  it("lets the scanner apply the org registry and both allowlists to the project's compose file", async () => {
    const result = await loadConfig({ cwd });
    if (!result.ok) throw new Error("fixture config must load");
    const { findings } = scanPaths(["compose.yaml"], { cwd, env: {}, policy: result.policy });
    expect(reported(findings)).toEqual(["no-registered-port-misuse/orgRegistered 9010 line 20", "no-dynamic-port/dynamic 50020 line 28"]);
    expect(findings.find((finding) => finding.port === 9010)?.origin.column).toBe(14);
  });

  it("reports the allowlisted ports when the org's policy is not applied", () => {
    const { findings } = scanPaths(["compose.yaml"], { cwd, env: {}, policy: strict });
    expect(reported(findings)).toContain("no-dynamic-port/dynamic 50005 line 24");
    expect(reported(findings).some((line) => line.startsWith("no-registered-port-misuse/orgRegistered"))).toBe(false);
  });
});
