// JUnit XML for lint results, readable by GitLab (gitlabhq lib/gitlab/ci/parsers/test/junit.rb),
// Jenkins (junit-plugin SuiteResult/CaseResult) and valid against the Jenkins xUnit JUnit XSD
// (jenkinsci/xunit-plugin …/xsd/junit-10.xsd). One <testsuite> per checked file, one <testcase> per
// finding; a file without findings gets one passing testcase so it shows as checked.
// - Names are unique: GitLab keeps only the first of several testcases with one name.
// - `classname` is the path with dots replaced: Jenkins splits class and package at the last `.`,
//   which would turn `compose.yaml` into package `compose`, class `yaml`.
// - The path goes in testsuite@file; the XSD has no testcase@file, so the testcase carries it only
//   in its name and classname.
// - A warning is a <failure> too (as in ESLint's junit formatter); a file that could not be read
//   (parse-error) is an <error>. Counts on every suite and on the root match the elements.
import type { Finding } from "../core/finding.js";
import { escapeXmlAttribute, escapeXmlText } from "./escape-xml.js";
import { groupByFile, sortFiles } from "./order.js";
import type { Report } from "./report.js";

interface Suite {
  xml: string;
  tests: number;
  failures: number;
  errors: number;
}

function attributes(pairs: Record<string, string | number>): string {
  return Object.entries(pairs)
    .map(([name, value]) => `${name}="${escapeXmlAttribute(String(value))}"`)
    .join(" ");
}

function isError(finding: Finding): boolean {
  return finding.ruleId === "parse-error";
}

/** `rule path:line:col`, with ` (n)` appended when the same rule fires twice on one position. */
function caseNames(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.ruleId} ${finding.origin.file}:${finding.origin.line}:${finding.origin.column}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

function testcase(finding: Finding, name: string, classname: string): string {
  const { file, line, column } = finding.origin;
  const element = isError(finding) ? "error" : "failure";
  const body = `${file}:${line}:${column} ${finding.severity} ${finding.ruleId}: ${finding.message}`;
  return [
    `    <testcase ${attributes({ classname, name, time: 0 })}>`,
    `      <${element} ${attributes({ message: finding.message, type: finding.ruleId })}>${escapeXmlText(body)}</${element}>`,
    "    </testcase>",
  ].join("\n");
}

function suite(path: string, findings: readonly Finding[], toolName: string): Suite {
  const classname = path.replace(/\./g, "_");
  const names = caseNames(findings);
  const cases =
    findings.length === 0
      ? [`    <testcase ${attributes({ classname, name: `${toolName} ${path}`, time: 0 })}/>`]
      : findings.map((finding, i) => testcase(finding, names[i] ?? "", classname));
  const errors = findings.filter(isError).length;
  const counts = { tests: cases.length, failures: findings.length - errors, errors };
  const open = `  <testsuite ${attributes({ name: path, ...counts, skipped: 0, time: 0, file: path })}>`;
  return { xml: [open, ...cases, "  </testsuite>"].join("\n"), ...counts };
}

export function format(report: Report): string {
  const groups = groupByFile(report.findings);
  const suites = sortFiles(report.files, report.findings).map((file) =>
    suite(file.path, groups.get(file.path) ?? [], report.tool.name),
  );
  const total = (key: "tests" | "failures" | "errors") => suites.reduce((sum, s) => sum + s[key], 0);
  const root = attributes({ name: report.tool.name, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: 0 });
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${root}>`, ...suites.map((s) => s.xml), "</testsuites>", ""].join("\n");
}
