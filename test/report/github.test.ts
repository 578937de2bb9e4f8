import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import { MAX_ANNOTATIONS_PER_TYPE, MAX_SUMMARY_ROWS, escapeData, escapeProperty, format, formatStepSummary } from "../../src/report/github.js";
import { DYNAMIC, EPHEMERAL, NASTY, PARSE_ERROR, emptyReport, sampleReport } from "./sample-report.js";

// actions/runner src/Runner.Common/ActionCommand.cs: the mappings it undoes, `%25` last.
const DATA_UNESCAPES: [string, string][] = [
  ["%0D", "\r"],
  ["%0A", "\n"],
  ["%25", "%"],
];
const PROPERTY_UNESCAPES: [string, string][] = [
  ["%0D", "\r"],
  ["%0A", "\n"],
  ["%3A", ":"],
  ["%2C", ","],
  ["%25", "%"],
];
function unescape(text: string, mappings: [string, string][]): string {
  return mappings.reduce((value, [from, to]) => value.split(from).join(to), text);
}

/** Parses a workflow command line as the runner does: `::name k=v,k=v::data`, split on `,` then the first `=`. */
function parseCommand(line: string) {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? "").split(",").filter(Boolean)) {
    const eq = pair.indexOf("=");
    properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), PROPERTY_UNESCAPES);
  }
  return { command: match[1], properties, message: unescape(match[3] ?? "", DATA_UNESCAPES) };
}

function copies(finding: Finding, count: number): Finding[] {
  return Array.from({ length: count }, (_, i) => ({ ...finding, origin: { ...finding.origin, line: i + 1, endLine: i + 1 } }));
}

describe("escaping (actions/toolkit command.ts)", () => {
  it("escapes %, CR and LF in data, % first", () => {
    expect(escapeData("100% done\r\nnext %0A: a,b")).toBe("100%25 done%0D%0Anext %250A: a,b");
  });

  it("also escapes : and , in properties", () => {
    expect(escapeProperty("odd,name: x%.env\n")).toBe("odd%2Cname%3A x%25.env%0A");
  });

  it("round-trips through the runner's unescaping", () => {
    for (const text of ["a%3Ab", "%2C,%25%", "line1\r\nline2\n", "::error::x", "ünï,cødé: 100%"]) {
      expect(unescape(escapeData(text), DATA_UNESCAPES)).toBe(text);
      expect(unescape(escapeProperty(text), PROPERTY_UNESCAPES)).toBe(text);
    }
  });
});

describe("github format", () => {
  it("writes one annotation per finding with position, title and escaped message", () => {
    expect(format(sampleReport([NASTY, EPHEMERAL]))).toBe(
      [
        `::error file=odd%2Cname%3A x.env,line=2,col=6,endLine=2,endColumn=10,title=no-registered-port-misuse::Port 5432 is 100%25 "postgres", <b>not</b> nginx & co.%0D%0ASecond line: a,b 'quoted' ]]> \u0001 \uD800 end`,
        `::warning file=deploy/my app/k8s.yaml,line=30,col=26,endLine=30,endColumn=31,title=no-ephemeral-port::${EPHEMERAL.message}`,
        "",
      ].join("\n"),
    );
  });

  it("keeps every annotation a single line that the runner parses back to the finding", () => {
    const lines = format(sampleReport()).trimEnd().split("\n");
    expect(lines).toHaveLength(8);
    const nasty = lines.map(parseCommand).find((c) => c.properties.title === "no-registered-port-misuse");
    expect(nasty).toEqual({
      command: "error",
      properties: { file: "odd,name: x.env", line: "2", col: "6", endLine: "2", endColumn: "10", title: "no-registered-port-misuse" },
      message: NASTY.message,
    });
  });

  it("puts errors before warnings", () => {
    const commands = format(sampleReport()).trimEnd().split("\n").map((line) => parseCommand(line).command);
    expect(commands).toEqual(["error", "error", "error", "error", "error", "error", "error", "warning"]);
  });

  it(`shows at most ${MAX_ANNOTATIONS_PER_TYPE} errors and ${MAX_ANNOTATIONS_PER_TYPE} warnings, then says how many were left out`, () => {
    const findings = [...copies(EPHEMERAL, 13), ...copies(DYNAMIC, 25)];
    const lines = format(sampleReport(findings)).trimEnd().split("\n").map(parseCommand);
    expect(lines.map((l) => l.command)).toEqual([...Array(10).fill("error"), ...Array(10).fill("warning"), "notice"]);
    expect(lines[0]?.properties.line).toBe("1");
    expect(lines[9]?.properties.line).toBe("10");
    expect(lines[20]?.message).toBe(
      "18 more findings (15 errors, 3 warnings) not shown as annotations: GitHub shows at most 10 errors and 10 warnings per step. See the job summary or the SARIF report for all of them.",
    );
    expect(lines[20]?.properties).toEqual({ title: "port-policy" });
  });

  it("prints no notice when nothing is left out, and nothing for an empty report", () => {
    const lines = format(sampleReport(copies(DYNAMIC, 10))).trimEnd().split("\n");
    expect(lines).toHaveLength(10);
    expect(format(emptyReport())).toBe("");
  });
});

describe("formatStepSummary", () => {
  it("gives totals, counts per rule and a row per finding with cells escaped", () => {
    const text = formatStepSummary(sampleReport([NASTY, PARSE_ERROR]));
    expect(text).toBe(
      [
        "### port-policy: 2 errors, 0 warnings",
        "",
        "7 files and 15 listeners checked.",
        "",
        "| Rule | Findings |",
        "| --- | ---: |",
        "| [no-registered-port-misuse](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/no-registered-port-misuse.md) | 1 |",
        "| [parse-error](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/parse-error.md) | 1 |",
        "",
        "| Severity | Location | Rule | Message |",
        "| --- | --- | --- | --- |",
        `| ❌ error | broken.yaml:3:1 | [parse-error](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/parse-error.md) | ${PARSE_ERROR.message} |`,
        "| ❌ error | odd,name: x.env:2:6 | [no-registered-port-misuse](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/no-registered-port-misuse.md) | Port 5432 is 100% \"postgres\", &lt;b&gt;not&lt;/b&gt; nginx &amp; co.<br>Second line: a,b 'quoted' \\]\\]&gt;   end |",
        "",
      ].join("\n"),
    );
  });

  it("escapes table pipes and markdown in paths and messages", () => {
    const finding: Finding = { ...DYNAMIC, message: "a | b `c` *d* [e](f)", origin: { ...DYNAMIC.origin, file: "x|y_z.yaml" } };
    const row = formatStepSummary(sampleReport([finding])).trimEnd().split("\n").at(-1);
    expect(row).toBe(
      "| ❌ error | x\\|y\\_z.yaml:12:9 | [no-dynamic-port](https://github.com/port-policy/eslint-plugin-port-policy/blob/main/docs/rules/no-dynamic-port.md) | a \\| b \\`c\\` \\*d\\* \\[e\\](f) |",
    );
  });

  it(`lists at most ${MAX_SUMMARY_ROWS} findings`, () => {
    const text = formatStepSummary(sampleReport(copies(DYNAMIC, MAX_SUMMARY_ROWS + 5)));
    expect(text.split("\n").filter((line) => line.startsWith("| ❌ error"))).toHaveLength(MAX_SUMMARY_ROWS);
    expect(text.endsWith("…and 5 more findings; see the SARIF or JSON report.\n")).toBe(true);
  });

  it("says there were no problems", () => {
    expect(formatStepSummary(emptyReport())).toBe("### ✅ port-policy: no problems\n\n0 files and 0 listeners checked.\n");
  });
});
