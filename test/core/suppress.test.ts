import { describe, expect, it } from "vitest";
import { suppress } from "../../src/core/suppress.js";
import { parseDirectives } from "../../src/scan/directives.js";
import { makeFinding } from "../../src/core/make-finding.js";
import type { Finding } from "../../src/core/finding.js";

function finding(ruleId: "no-dynamic-port" | "no-privileged-port" | "parse-error", line: number): Finding {
  const origin = { file: "compose.yaml", line, column: 9, endLine: line, endColumn: 14 };
  if (ruleId === "parse-error") return makeFinding(ruleId, "parseError", { path: "compose.yaml", reason: "bad" }, origin);
  if (ruleId === "no-privileged-port") return makeFinding(ruleId, "privileged", { subject: "Port 80", reason: "r", suggestion: "8080" }, origin);
  return makeFinding(ruleId, "dynamic", { subject: "Port 50000" }, origin);
}

const text = [
  "services:", // 1
  "  agent:", // 2
  "    ports:", // 3
  "      # port-policy-disable-next-line no-dynamic-port -- Jenkins agents expect 50000", // 4
  '      - "50000:50000"', // 5
  '      - "50001:50001" # port-policy-disable-line', // 6
  "  # port-policy-disable no-privileged-port -- the image runs as root", // 7
  '      - "80:80"', // 8
  "  # port-policy-enable", // 9
  '      - "81:81"', // 10
  "  # port-policy-disable-next-line valid-port", // 11
  '      - "50002:50002"', // 12
  "  # port-policy-disable-next-line no-such-rule", // 13
  'x: "#port-policy-disable"', // 14
].join("\n");

describe("inline suppressions", () => {
  const directives = parseDirectives("compose.yaml", text);

  it("parses each directive with its rules, line and column, ignoring '#' inside values", () => {
    expect(directives.map((d) => [d.kind, d.rules, d.origin.line, d.origin.column])).toEqual([
      ["disable-next-line", ["no-dynamic-port"], 4, 7],
      ["disable-line", [], 6, 23],
      ["disable", ["no-privileged-port"], 7, 3],
      ["enable", [], 9, 3],
      ["disable-next-line", ["valid-port"], 11, 3],
      ["disable-next-line", ["no-such-rule"], 13, 3],
    ]);
  });

  it("suppresses by next line, same line and block; reports unused and unknown directives", () => {
    const findings = [
      finding("no-dynamic-port", 5),
      finding("no-dynamic-port", 6),
      finding("no-privileged-port", 8),
      finding("no-privileged-port", 10),
      finding("no-dynamic-port", 12),
    ];
    const { kept, unused } = suppress(findings, directives);
    expect(kept.map((f) => [f.ruleId, f.origin.line])).toEqual([
      ["no-privileged-port", 10],
      ["no-dynamic-port", 12],
    ]);
    expect(unused.map((f) => [f.messageId, f.origin.line])).toEqual([
      ["unused", 11],
      ["unknownRule", 13],
    ]);
    expect(unused[0]!.message).toBe(
      "This port-policy-disable-next-line comment suppresses no valid-port finding; remove it so that it cannot hide a new port problem later.",
    );
    expect(unused[1]!.message).toContain("names no-such-rule, which is not a port-policy rule");
  });

  it("never suppresses a parse-error", () => {
    const { kept } = suppress([finding("parse-error", 6)], directives);
    expect(kept).toHaveLength(1);
  });
});

describe("inline suppressions written before no-ephemeral-port was split from no-dynamic-port", () => {
  const ephemeral = (line: number): Finding =>
    makeFinding(
      "no-ephemeral-port",
      "ephemeral",
      { subject: "Port 34567", class: "user range 1024–49151", profile: "Linux", range: "32768–60999", below: 32767, reserve: "reserve it" },
      { file: "compose.yaml", line, column: 9, endLine: line, endColumn: 14 },
      { port: 34567 },
    );
  const lines = [
    "services:", // 1
    "  web:", // 2
    "    ports:", // 3
    "      # port-policy-disable-next-line no-dynamic-port -- test server, reserved on CI", // 4
    '      - "34567:80"', // 5
    "      # port-policy-disable-next-line no-ephemeral-port", // 6
    '      - "34568:80"', // 7
    "      # port-policy-disable-next-line no-ephemeral-port", // 8
    '      - "50000:80"', // 9
  ].join("\n");

  it("lets the old id silence a Linux-range finding, but not the new id a dynamic-range one", () => {
    const { kept, unused } = suppress([ephemeral(5), ephemeral(7), finding("no-dynamic-port", 9)], parseDirectives("compose.yaml", lines));
    expect(kept.map((f) => [f.ruleId, f.origin.line])).toEqual([["no-dynamic-port", 9]]);
    expect(unused.map((f) => [f.messageId, f.origin.line])).toEqual([["unused", 8]]);
  });
});
