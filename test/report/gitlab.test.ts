import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/report/fingerprint.js";
import { format } from "../../src/report/gitlab.js";
import { DYNAMIC, EPHEMERAL, PARSE_ERROR, PRIVILEGED, SHARED, TWIN_A, emptyReport, sampleReport } from "./sample-report.js";

const SCHEMA = new URL("schemas/gitlab/codeclimate.json", SHARED);
if (!existsSync(SCHEMA)) console.warn(`GitLab schema tests skipped: ${fileURLToPath(SHARED)} is absent`);

interface Issue {
  type: string;
  check_name: string;
  description: string;
  content: { body: string };
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number }; positions: { begin: { line: number; column: number }; end: { line: number; column: number } } };
}

const parse = (text: string) => JSON.parse(text) as Issue[];

describe.skipIf(!existsSync(SCHEMA))("gitlab format against GitLab's Code Quality item schema (../shared/schemas)", () => {
  it("every element of the sample and of a parse-error-only report is valid", () => {
    const validate = new Ajv({ strict: true, allErrors: true }).compile(JSON.parse(readFileSync(SCHEMA, "utf8")));
    for (const report of [sampleReport(), sampleReport([PARSE_ERROR])]) {
      for (const issue of parse(format(report))) {
        expect(validate(issue), JSON.stringify(validate.errors)).toBe(true);
      }
    }
    expect(validate({ description: "x", fingerprint: "y", severity: "major" })).toBe(false);
  });
});

describe("gitlab format", () => {
  it("is an array without BOM, empty for an empty report", () => {
    expect(format(emptyReport())).toBe("[]\n");
    expect(format(sampleReport()).charCodeAt(0)).toBe("[".charCodeAt(0));
  });

  it("writes the fields GitLab and Code Climate read", () => {
    const [issue] = parse(format(sampleReport([DYNAMIC])));
    expect(issue).toEqual({
      type: "issue",
      check_name: "no-dynamic-port",
      description: DYNAMIC.message,
      content: { body: `${DYNAMIC.message}\n\n[no-dynamic-port](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/no-dynamic-port.md)` },
      categories: ["Bug Risk"],
      severity: "major",
      fingerprint: `${fingerprint(DYNAMIC)}:1`,
      location: { path: "compose.yaml", lines: { begin: 12, end: 12 }, positions: { begin: { line: 12, column: 9 }, end: { line: 12, column: 14 } } },
    });
  });

  it("maps severities: parse-error critical, error major, warning minor; security rules get the Security category", () => {
    const issues = parse(format(sampleReport([PARSE_ERROR, DYNAMIC, EPHEMERAL, PRIVILEGED])));
    expect(issues.map((i) => [i.check_name, i.severity, i.categories])).toEqual([
      ["parse-error", "critical", ["Bug Risk"]],
      ["no-dynamic-port", "major", ["Bug Risk"]],
      ["no-ephemeral-port", "minor", ["Bug Risk"]],
      ["no-privileged-port", "major", ["Bug Risk", "Security"]],
    ]);
  });

  it("keeps descriptions on one line", () => {
    for (const issue of parse(format(sampleReport()))) expect(issue.description).not.toMatch(/[\r\n]/);
  });

  it("gives unique fingerprints, also to two identical findings, stable when lines move", () => {
    const issues = parse(format(sampleReport()));
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    const twins = issues.filter((i) => i.location.path === "twins.env").map((i) => i.fingerprint);
    expect(twins).toEqual([`${fingerprint(TWIN_A)}:1`, `${fingerprint(TWIN_A)}:2`]);
    const moved = { ...DYNAMIC, origin: { ...DYNAMIC.origin, line: 40, endLine: 40 } };
    expect(parse(format(sampleReport([moved])))[0]?.fingerprint).toBe(parse(format(sampleReport([DYNAMIC])))[0]?.fingerprint);
  });
});
