import { describe, expect, it } from "vitest";
import { format } from "../../src/report/json.js";
import { DYNAMIC, PARSE_ERROR, emptyReport, sampleReport } from "./sample-report.js";

describe("json format (issue 3 contract)", () => {
  it("writes version, findings, files and summary with the contract's keys", () => {
    const report = { ...sampleReport([DYNAMIC, PARSE_ERROR]), files: [{ path: "compose.yaml", kind: "compose" as const, listeners: 4 }] };
    expect(JSON.parse(format(report))).toEqual({
      version: 1,
      findings: [
        {
          ruleId: "parse-error",
          severity: "error",
          message: PARSE_ERROR.message,
          path: "broken.yaml",
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 2,
          port: null,
          protocol: null,
          source: "code",
        },
        {
          ruleId: "no-dynamic-port",
          severity: "error",
          message: DYNAMIC.message,
          path: "compose.yaml",
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 14,
          port: 50000,
          protocol: "tcp",
          source: "compose",
        },
      ],
      files: [
        { path: "broken.yaml", kind: "code", listeners: 0 },
        { path: "compose.yaml", kind: "compose", listeners: 4 },
      ],
      summary: { errors: 2, warnings: 0, files: 2, listeners: 4, byRule: { "no-dynamic-port": 1, "parse-error": 1 } },
    });
  });

  it("takes a finding's missing source from its file's kind", () => {
    const out = JSON.parse(format(sampleReport([PARSE_ERROR])));
    expect(out.findings[0].source).toBe("compose");
  });

  it("counts the whole sample", () => {
    const out = JSON.parse(format(sampleReport()));
    expect(out.summary).toEqual({
      errors: 7,
      warnings: 1,
      files: 7,
      listeners: 15,
      byRule: { "no-duplicate-port": 1, "no-dynamic-port": 3, "no-ephemeral-port": 1, "no-privileged-port": 1, "no-registered-port-misuse": 1, "parse-error": 1 },
    });
    expect(Object.keys(out.findings[0])).toEqual(["ruleId", "severity", "message", "path", "line", "column", "endLine", "endColumn", "port", "protocol", "source"]);
  });

  it("keeps the shape for an empty report", () => {
    expect(JSON.parse(format(emptyReport()))).toEqual({
      version: 1,
      findings: [],
      files: [],
      summary: { errors: 0, warnings: 0, files: 0, listeners: 0, byRule: {} },
    });
  });

  it("ends with a newline and round-trips control characters", () => {
    const text = format(sampleReport());
    expect(text.endsWith("}\n")).toBe(true);
    const nasty = JSON.parse(text).findings.find((f: { path: string }) => f.path === "odd,name: x.env");
    expect(nasty.message).toContain("100% \"postgres\", <b>not</b> nginx & co.\r\nSecond line");
  });
});
