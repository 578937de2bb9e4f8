// The one place that turns core findings into ESLint reports. Findings carry 1-based columns with
// an exclusive end (Origin); ESLint's `loc` takes 0-based columns, so both ends shift by one.
import type { TSESLint } from "@typescript-eslint/utils";
import type { Finding } from "../../src/core/finding.js";

export function reportFindings(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const { origin } = finding;
    context.report({
      messageId: finding.messageId,
      data: finding.data,
      loc: {
        start: { line: origin.line, column: origin.column - 1 },
        end: { line: origin.endLine, column: origin.endColumn - 1 },
      },
    });
  }
}
