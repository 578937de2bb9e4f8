export function reportFindings(context, findings) {
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
