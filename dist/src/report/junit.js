import { escapeXmlAttribute, escapeXmlText } from "./escape-xml.js";
import { groupByFile, sortFiles } from "./order.js";
function attributes(pairs) {
    return Object.entries(pairs)
        .map(([name, value]) => `${name}="${escapeXmlAttribute(String(value))}"`)
        .join(" ");
}
function isError(finding) {
    return finding.ruleId === "parse-error";
}
/** `rule path:line:col`, with ` (n)` appended when the same rule fires twice on one position. */
function caseNames(findings) {
    const seen = new Map();
    return findings.map((finding) => {
        const base = `${finding.ruleId} ${finding.origin.file}:${finding.origin.line}:${finding.origin.column}`;
        const n = (seen.get(base) ?? 0) + 1;
        seen.set(base, n);
        return n === 1 ? base : `${base} (${n})`;
    });
}
function testcase(finding, name, classname) {
    const { file, line, column } = finding.origin;
    const element = isError(finding) ? "error" : "failure";
    const body = `${file}:${line}:${column} ${finding.severity} ${finding.ruleId}: ${finding.message}`;
    return [
        `    <testcase ${attributes({ classname, name, time: 0 })}>`,
        `      <${element} ${attributes({ message: finding.message, type: finding.ruleId })}>${escapeXmlText(body)}</${element}>`,
        "    </testcase>",
    ].join("\n");
}
function suite(path, findings, toolName) {
    const classname = path.replace(/\./g, "_");
    const names = caseNames(findings);
    const cases = findings.length === 0
        ? [`    <testcase ${attributes({ classname, name: `${toolName} ${path}`, time: 0 })}/>`]
        : findings.map((finding, i) => testcase(finding, names[i] ?? "", classname));
    const errors = findings.filter(isError).length;
    const counts = { tests: cases.length, failures: findings.length - errors, errors };
    const open = `  <testsuite ${attributes({ name: path, ...counts, skipped: 0, time: 0, file: path })}>`;
    return { xml: [open, ...cases, "  </testsuite>"].join("\n"), ...counts };
}
export function format(report) {
    const groups = groupByFile(report.findings);
    const suites = sortFiles(report.files, report.findings).map((file) => suite(file.path, groups.get(file.path) ?? [], report.tool.name));
    const total = (key) => suites.reduce((sum, s) => sum + s[key], 0);
    const root = attributes({ name: report.tool.name, tests: total("tests"), failures: total("failures"), errors: total("errors"), time: 0 });
    return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites ${root}>`, ...suites.map((s) => s.xml), "</testsuites>", ""].join("\n");
}
