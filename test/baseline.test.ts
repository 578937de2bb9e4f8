import { describe, expect, it } from "vitest";
import { compareWithBaseline, createBaseline, entryTextsFrom, parseBaseline } from "../src/baseline.js";
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

  it("takes a finding's line from the text the scan read, whatever the line ends", () => {
    const textOf = entryTextsFrom(new Map([["compose.yaml", 'services:\r\n  agent:\r    ports:\n      - "50000:50000"\n']]));
    expect(textOf(dynamic(4))).toBe('      - "50000:50000"');
    expect(textOf(dynamic(4, 50000, "elsewhere.yaml"))).toBeUndefined();
  });

  it("a file that could not be checked is its whole text: any edit makes it new again", () => {
    const broken = (file: string) => makeFinding("parse-error", "parseError", { path: file, reason: "invalid YAML: unexpected end" }, { file, line: 3, column: 1, endLine: 3, endColumn: 1 });
    const before = 'services:\n  agent:\n    ports: ["50000:50000"\n';
    // The line the error is on stays as it was: the edit is on the next one.
    const after = 'services:\n  agent:\n    ports: ["50000:50000"\n      , "60000:60000"\n';
    const baseline = createBaseline([broken("compose.yaml")], entryTextsFrom(new Map([["compose.yaml", before]])));
    expect(compareWithBaseline([broken("compose.yaml")], baseline, entryTextsFrom(new Map([["compose.yaml", before]])))).toMatchObject({ known: 1, fresh: [] });
    const edited = compareWithBaseline([broken("compose.yaml")], baseline, entryTextsFrom(new Map([["compose.yaml", after]])));
    expect(edited).toMatchObject({ known: 0, vanished: 1 });
    expect(edited.fresh.map((f) => [f.ruleId, f.origin.file, f.origin.line])).toEqual([["parse-error", "compose.yaml", 3]]);
  });

  it("matches a no-ephemeral-port finding to its entry from before the split (no-dynamic-port), one way only", () => {
    const lines = ['      - "34567:8080"'];
    const ephemeral = (ruleId: "no-dynamic-port" | "no-ephemeral-port") =>
      makeFinding(ruleId, ruleId === "no-dynamic-port" ? "dynamic" : "ephemeral", { subject: "Port 34567" }, { file: "compose.yaml", line: 1, column: 9, endLine: 1, endColumn: 14 }, { port: 34567 });
    const old = createBaseline([{ ...ephemeral("no-ephemeral-port"), ruleId: "no-dynamic-port" }], textOf(lines));
    expect(compareWithBaseline([ephemeral("no-ephemeral-port")], old, textOf(lines))).toMatchObject({ fresh: [], known: 1, vanished: 0 });
    // An entry of the new rule never absorbs a dynamic-range finding of the old one.
    const renamed = createBaseline([ephemeral("no-ephemeral-port")], textOf(lines));
    expect(compareWithBaseline([ephemeral("no-dynamic-port")], renamed, textOf(lines))).toMatchObject({ known: 0, vanished: 1 });
  });
});
