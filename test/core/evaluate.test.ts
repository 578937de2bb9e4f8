import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/core/evaluate.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { makeListener } from "./make-listener.js";

describe("evaluate", () => {
  const listeners = [
    makeListener({ port: 50000, origin: { file: "b.ts", line: 2, column: 1, endLine: 2, endColumn: 6 } }),
    makeListener({ port: 80, origin: { file: "a.ts", line: 7, column: 12, endLine: 7, endColumn: 14 } }),
  ];

  it("runs every check and sorts findings by file, line and column", () => {
    expect(evaluate(listeners, recommended).map((f) => [f.origin.file, f.ruleId])).toEqual([
      ["a.ts", "no-privileged-port"],
      ["b.ts", "no-dynamic-port"],
    ]);
  });

  it("turns rules off, lowers to warnings, and runs only the rules asked for", () => {
    const policy = { ...recommended, rules: { ...recommended.rules, "no-privileged-port": "off" as const, "no-dynamic-port": "warn" as const } };
    expect(evaluate(listeners, policy).map((f) => [f.ruleId, f.severity])).toEqual([["no-dynamic-port", "warning"]]);
    expect(evaluate(listeners, recommended, { only: ["no-privileged-port"] }).map((f) => f.ruleId)).toEqual(["no-privileged-port"]);
  });

  it("drops allowlisted ports for the named rules only", () => {
    const policy = { ...recommended, allowlist: [{ ports: { from: 50000, to: 50010 }, rules: ["no-dynamic-port" as const], reason: "legacy agent port" }] };
    expect(evaluate(listeners, policy).map((f) => f.ruleId)).toEqual(["no-privileged-port"]);
  });
});

describe("evaluate: one finding per problem and entry", () => {
  it('reports "50000:50000" once, on the host port, but two different ports on one line twice', () => {
    const entry = (column: number, port: number, role: "published" | "container") =>
      makeListener({ port, role, source: "compose", origin: { file: "compose.yaml", line: 4, column, endLine: 4, endColumn: column + 5 } });
    const once = evaluate([entry(16, 50000, "container"), entry(10, 50000, "published")], recommended);
    expect(once.map((f) => [f.ruleId, f.origin.column])).toEqual([["no-dynamic-port", 10]]);
    const twice = evaluate([entry(10, 50000, "published"), entry(16, 50001, "container")], recommended);
    expect(twice.map((f) => f.port)).toEqual([50000, 50001]);
  });
});
