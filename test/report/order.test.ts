import { describe, expect, it } from "vitest";
import { FORMAT_NAMES, formatters } from "../../src/report/index.js";
import { formatStepSummary } from "../../src/report/github.js";
import { sortFiles, sortFindings } from "../../src/report/order.js";
import { ALL_FINDINGS, DUPLICATE, DYNAMIC, EPHEMERAL, NASTY, PARSE_ERROR, PRIVILEGED, TWIN_A, sampleReport } from "./sample-report.js";

describe("sortFindings", () => {
  it("orders by path (code units), line, column, rule id", () => {
    const sorted = sortFindings(ALL_FINDINGS);
    expect(sorted.map((f) => `${f.origin.file}:${f.origin.line}:${f.origin.column}`)).toEqual([
      "broken.yaml:3:1",
      "compose.yaml:12:9",
      "compose.yaml:20:9",
      "deploy/my app/k8s.yaml:30:26",
      "deploy/ünïcødé/svc.yaml:7:22",
      "odd,name: x.env:2:6",
      "twins.env:4:10",
      "twins.env:4:10",
    ]);
    expect(sorted[0]).toBe(PARSE_ERROR);
    expect(sorted[1]).toBe(DYNAMIC);
  });

  it("breaks ties on one position by rule id", () => {
    const other = { ...DYNAMIC, ruleId: "no-browser-unsafe-port" as const };
    expect(sortFindings([DYNAMIC, other]).map((f) => f.ruleId)).toEqual(["no-browser-unsafe-port", "no-dynamic-port"]);
  });

  it("does not modify its input", () => {
    const input = [DUPLICATE, DYNAMIC];
    sortFindings(input);
    expect(input).toEqual([DUPLICATE, DYNAMIC]);
  });
});

describe("sortFiles", () => {
  it("adds paths that only appear in findings, once, and sorts", () => {
    const files = sortFiles([{ path: "b.env", kind: "env", listeners: 1 }], [DYNAMIC, TWIN_A, TWIN_A]);
    expect(files).toEqual([
      { path: "b.env", kind: "env", listeners: 1 },
      { path: "compose.yaml", kind: "compose", listeners: 0 },
      { path: "twins.env", kind: "env", listeners: 0 },
    ]);
  });
});

describe("every format is deterministic", () => {
  const shuffles = [
    [...ALL_FINDINGS],
    [...ALL_FINDINGS].reverse(),
    [PRIVILEGED, TWIN_A, NASTY, EPHEMERAL, DYNAMIC, PARSE_ERROR, DUPLICATE, ALL_FINDINGS[4]!],
  ];
  for (const name of FORMAT_NAMES) {
    it(`${name}: same output whatever the input order`, () => {
      const outputs = shuffles.map((findings) => {
        const report = sampleReport(findings);
        return formatters[name]({ ...report, files: [...report.files].reverse() });
      });
      expect(outputs[1]).toBe(outputs[0]);
      expect(outputs[2]).toBe(outputs[0]);
    });
  }

  it("step summary: same output whatever the input order", () => {
    expect(formatStepSummary(sampleReport([...ALL_FINDINGS].reverse()))).toBe(formatStepSummary(sampleReport()));
  });
});
