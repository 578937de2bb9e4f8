import { describe, expect, it } from "vitest";
import { compareWithBaseline, createBaseline, parseBaseline } from "../src/baseline.js";
import { makeFinding } from "../src/core/make-finding.js";

function dynamic(line: number, port = 50000, file = "compose.yaml") {
  return makeFinding("no-dynamic-port", "dynamic", { subject: `Port ${port}` }, { file, line, column: 9, endLine: line, endColumn: 14 }, { port, protocol: "tcp" });
}

describe("baseline", () => {
  const before = ["services:", "  agent:", "    ports:", '      - "50000:50000"'];
  const after = ["# a new comment", "services:", "  agent:", "    ports:", '      - "50000:50000"', '      - "50000:50001"'];
  const textOf = (lines: string[]) => (finding: { origin: { line: number } }) => lines[finding.origin.line - 1];

  it("keeps matching a finding whose line moved, and reports a new one with the same port", () => {
    const baseline = createBaseline([dynamic(4)], textOf(before));
    const result = compareWithBaseline([dynamic(5), dynamic(6)], baseline, textOf(after));
    expect(result.fresh.map((f) => f.origin.line)).toEqual([6]);
    expect(result).toMatchObject({ known: 1, vanished: 0 });
  });

  it("counts entries that vanished so the baseline can be pruned", () => {
    const baseline = createBaseline([dynamic(4), dynamic(4, 50000, "other.yaml")], textOf(before));
    expect(compareWithBaseline([], baseline, () => undefined)).toEqual({ fresh: [], known: 0, vanished: 2 });
  });

  it("round-trips through JSON and rejects files that are not baselines", () => {
    const baseline = createBaseline([dynamic(4)], textOf(before));
    expect(parseBaseline(JSON.stringify(baseline))).toEqual({ ok: true, baseline });
    expect(parseBaseline("{")).toMatchObject({ ok: false });
    expect(parseBaseline('{"version":2}')).toMatchObject({ ok: false, error: expect.stringContaining("not a port-policy baseline") });
  });
});
