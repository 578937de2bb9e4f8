import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { fingerprint, uniqueFingerprints } from "../../src/report/fingerprint.js";
import { DUPLICATE, DYNAMIC, TWIN_A, TWIN_B } from "./sample-report.js";

function moved(finding: Finding, lines: number): Finding {
  const { origin } = finding;
  return { ...finding, origin: { ...origin, line: origin.line + lines, endLine: origin.endLine + lines, column: origin.column + 2, endColumn: origin.endColumn + 2 } };
}

describe("fingerprint", () => {
  it("is 32 hex digits", () => {
    expect(fingerprint(DYNAMIC)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("survives the finding moving to another line and column", () => {
    expect(fingerprint(moved(DYNAMIC, 40))).toBe(fingerprint(DYNAMIC));
  });

  it("ignores position-valued message data (the other listener's line in no-duplicate-port)", () => {
    const otherMoved: Finding = { ...DUPLICATE, data: { ...DUPLICATE.data, otherLine: 9 }, message: DUPLICATE.message.replace("line 5", "line 9") };
    expect(fingerprint(otherMoved)).toBe(fingerprint(DUPLICATE));
  });

  it("changes with rule, path, port, protocol and the entry's content", () => {
    const base = fingerprint(DYNAMIC);
    const variants: Finding[] = [
      { ...DYNAMIC, ruleId: "no-browser-unsafe-port" },
      { ...DYNAMIC, origin: { ...DYNAMIC.origin, file: "other/compose.yaml" } },
      { ...DYNAMIC, port: 50001 },
      { ...DYNAMIC, protocol: "udp" },
      { ...DYNAMIC, data: { subject: "Fallback port 50000 for PORT" } },
    ];
    const prints = variants.map((variant) => fingerprint(variant));
    expect(new Set([base, ...prints]).size).toBe(variants.length + 1);
  });

  it("uses the line text, whitespace-insensitive, when given", () => {
    const a = fingerprint(DYNAMIC, '      - "50000:80"');
    expect(fingerprint(moved(DYNAMIC, 3), '  -   "50000:80"\r')).toBe(a);
    expect(fingerprint(DYNAMIC, '      - "50000:81"')).not.toBe(a);
    expect(a).not.toBe(fingerprint(DYNAMIC));
  });
});

describe("uniqueFingerprints", () => {
  it("numbers repeats so every finding has its own", () => {
    const prints = uniqueFingerprints([DYNAMIC, TWIN_A, TWIN_B]);
    const twin = fingerprint(TWIN_A);
    expect(prints).toEqual([`${fingerprint(DYNAMIC)}:1`, `${twin}:1`, `${twin}:2`]);
  });
});
