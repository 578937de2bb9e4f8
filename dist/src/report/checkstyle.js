// Checkstyle XML in the shape ESLint's checkstyle formatter writes (npm eslint-formatter-checkstyle;
// there is no official schema): every checked file, one <error> per finding, the rule id appended
// to the message and in `source`. Jenkins warnings-ng (analysis-model CheckStyleParser) takes the
// last dot-segment of `source` as the type and the one before as the category, hence
// `port-policy.rules.<id>`, like ESLint's `eslint.rules.<id>`.
import { escapeXmlAttribute } from "./escape-xml.js";
import { groupByFile, sortFiles } from "./order.js";
function errorElement(finding) {
    const attributes = [
        `line="${finding.origin.line}"`,
        `column="${finding.origin.column}"`,
        `severity="${finding.severity}"`,
        `message="${escapeXmlAttribute(`${finding.message} (${finding.ruleId})`)}"`,
        `source="${escapeXmlAttribute(`port-policy.rules.${finding.ruleId}`)}"`,
    ];
    return `    <error ${attributes.join(" ")}/>`;
}
export function format(report) {
    const groups = groupByFile(report.findings);
    const files = sortFiles(report.files, report.findings).map((file) => {
        const errors = (groups.get(file.path) ?? []).map(errorElement);
        const name = escapeXmlAttribute(file.path);
        return errors.length === 0 ? `  <file name="${name}"/>` : `  <file name="${name}">\n${errors.join("\n")}\n  </file>`;
    });
    return ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">', ...files, "</checkstyle>", ""].join("\n");
}
