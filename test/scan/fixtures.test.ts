// The Kubernetes, Dockerfile and GitHub Actions fixtures, one per rule (a Dockerfile has none for
// no-browser-unsafe-port: an image's ports are reached through the port it is published on): every
// finding sits in a workload, stage or job named fires-*, every fires-* one has a finding, quiet-* ones have none, and only the
// fixture's own rule fires (and no-ephemeral-port in no-dynamic-port's: the range split in two). Positions are exact (carets checked by hand when written).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import type { Policy } from "../../src/core/policy.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths } from "../../src/scan/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const rootless: Policy = { ...PRESETS.recommended!, runtime: { ...PRESETS.recommended!.runtime, actions: "docker-rootless" } };

/** A finding's position and port; its rule is the fixture's unless named (the dynamic-range fixtures' Linux-range ports are no-ephemeral-port's). */
type Expected = Array<[line: number, column: number, port: number, rule?: string]>;

const CASES: Array<[path: string, rule: string, expected: Expected, policy?: Policy]> = [
  ["fixtures/kubernetes/no-dynamic-port.yaml", "no-dynamic-port", [[11, 26, 50000], [24, 30, 40000, "no-ephemeral-port"]]],
  ["fixtures/kubernetes/no-privileged-port.yaml", "no-privileged-port", [[16, 30, 80], [30, 26, 443]]],
  ["fixtures/kubernetes/no-registered-port-misuse.yaml", "no-registered-port-misuse", [[13, 30, 5432], [24, 26, 3306]]],
  ["fixtures/kubernetes/no-duplicate-port.yaml", "no-duplicate-port", [[17, 26, 8080], [45, 25, 9100], [112, 26, 8443]]],
  ["fixtures/kubernetes/no-browser-unsafe-port.yaml", "no-browser-unsafe-port", [[10, 13, 10080], [23, 21, 6566]]],
  ["fixtures/kubernetes/valid-port.yaml", "valid-port", [[11, 26, 70000], [23, 20, 8080], [24, 17, 29999], [57, 30, NaN], [59, 21, NaN], [60, 15, NaN], [77, 45, NaN], [88, 19, NaN]]],
  ["fixtures/dockerfile/no-dynamic-port.Dockerfile", "no-dynamic-port", [[8, 13, 50051], [8, 26, 40000, "no-ephemeral-port"]]],
  ["fixtures/dockerfile/no-privileged-port.Dockerfile", "no-privileged-port", [[9, 8, 443]]],
  ["fixtures/dockerfile/no-registered-port-misuse.Dockerfile", "no-registered-port-misuse", [[4, 13, 3306]]],
  ["fixtures/dockerfile/no-duplicate-port.Dockerfile", "no-duplicate-port", [[5, 8, 9153]]],
  ["fixtures/dockerfile/valid-port.Dockerfile", "valid-port", [[5, 8, 80000], [5, 14, NaN], [5, 35, NaN]]],
  ["fixtures/actions/no-dynamic-port.yml", "no-dynamic-port", [[9, 18, 54321], [15, 18, 33306, "no-ephemeral-port"]]],
  ["fixtures/actions/no-privileged-port.yml", "no-privileged-port", [[11, 18, 80]], rootless],
  ["fixtures/actions/no-registered-port-misuse.yml", "no-registered-port-misuse", [[9, 18, 5432]]],
  ["fixtures/actions/no-duplicate-port.yml", "no-duplicate-port", [[12, 18, 3306]]],
  ["fixtures/actions/no-browser-unsafe-port.yml", "no-browser-unsafe-port", [[9, 18, 10080]]],
  ["fixtures/actions/valid-port.yml", "valid-port", [[10, 14, 70000], [11, 24, NaN], [12, 14, NaN]]],
];

// The fires-* or quiet-* name a line belongs to: the last such name at or above it.
function ownerAt(lines: readonly string[], line: number): string | undefined {
  for (let i = line - 1; i >= 0; i--) {
    const match = /(?:name:\s*|^ {2}|\bAS\s+)((?:fires|quiet)-[\w-]+)/.exec(lines[i] ?? "");
    if (match) return match[1];
  }
  return undefined;
}

function position(finding: Finding): [number, number, number] {
  return [finding.origin.line, finding.origin.column, finding.port ?? NaN];
}

describe.each(CASES)("%s", (path, rule, expected, policy = PRESETS.recommended!) => {
  const text = readFileSync(`${ROOT}${path}`, "utf8");
  const lines = text.split("\n");
  const result = scanPaths([path], { cwd: ROOT, env: {}, policy });

  it(`reports ${rule} at the exact port tokens, and nothing else`, () => {
    expect(result.files).toEqual([expect.objectContaining({ path, kind: path.split("/")[1] === "actions" ? "actions" : path.split("/")[1] === "dockerfile" ? "dockerfile" : "kubernetes" })]);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(expected.map(([, , , own]) => own ?? rule));
    expect(result.findings.map(position)).toEqual(expected.map(([line, column, port]) => [line, column, port]));
  });

  it("fires only in fires-* items, and in each of them", () => {
    const owners = new Set(result.findings.map((finding) => ownerAt(lines, finding.origin.line)));
    expect([...owners].every((owner) => owner?.startsWith("fires-"))).toBe(true);
    const declared = new Set(lines.flatMap((line) => /(?:name:\s*|^ {2}|\bAS\s+)(fires-[\w-]+)/.exec(line)?.[1] ?? []));
    expect(owners).toEqual(declared);
  });
});
