import { describe, expect, it } from "vitest";
import { format as sarif } from "../../src/report/sarif.js";
import { FORMAT_NAMES, formatters, isFormatName } from "../../src/report/index.js";
import { emptyReport, sampleReport } from "./sample-report.js";

describe("format table", () => {
  it("offers the formats issue 5 names", () => {
    expect([...FORMAT_NAMES].sort()).toEqual(["checkstyle", "github", "gitlab", "json", "junit", "sarif", "stylish"]);
    expect(formatters.sarif).toBe(sarif);
  });

  it("recognises format names and nothing else", () => {
    expect(isFormatName("sarif")).toBe(true);
    expect(isFormatName("SARIF")).toBe(false);
    expect(isFormatName("toString")).toBe(false);
    expect(isFormatName("")).toBe(false);
  });

  it("every format returns text ending in a newline (or nothing) for full and empty reports", () => {
    for (const name of FORMAT_NAMES) {
      for (const report of [sampleReport(), emptyReport()]) {
        const text = formatters[name](report);
        expect(text === "" || text.endsWith("\n"), name).toBe(true);
      }
    }
  });
});
