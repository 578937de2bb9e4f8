// Terminal output in the shape of ESLint's `stylish` formatter (eslint/eslint
// lib/cli-engine/formatters/stylish.js): findings grouped by file, `line:col  severity  message
// rule-id` in aligned columns, then a total and the count per rule. Colour is the caller's
// decision (shouldUseColor), so the function stays pure and tests see plain text.
import picocolors from "picocolors";
import { escapeControl } from "./escape-control.js";
import { groupByFile } from "./order.js";
import { summarize } from "./summarize.js";
/**
 * Colour on a TTY unless turned off. NO_COLOR (no-color.org) and NODE_DISABLE_COLORS win, as in
 * picocolors; FORCE_COLOR (force-color.org) turns colour on for pipes, except "0" or "false", which
 * Node's own tty.getColorDepth reads as off. Empty values count as unset.
 */
export function shouldUseColor(stream, env) {
    const force = env.FORCE_COLOR;
    if (force === "0" || force === "false")
        return false;
    if (env.NO_COLOR || env.NODE_DISABLE_COLORS)
        return false;
    if (force)
        return true;
    return stream.isTTY === true && env.TERM !== "dumb";
}
function plural(count, word, words = `${word}s`) {
    return `${count} ${count === 1 ? word : words}`;
}
function fileBlock(path, findings, c) {
    const rows = findings.map((f) => ({
        position: `${f.origin.line}:${f.origin.column}`,
        severity: f.severity,
        // Messages quote paths and values from the scanned files: one line each, nothing the
        // terminal would obey.
        message: escapeControl(f.message),
        rule: f.ruleId,
    }));
    // A reduce, not Math.max(...): a file can have more findings than V8 takes arguments.
    const width = (pick) => rows.reduce((max, row) => Math.max(max, pick(row).length), 0);
    const positionWidth = width((row) => row.position);
    const severityWidth = width((row) => row.severity);
    const messageWidth = width((row) => row.message);
    const lines = rows.map((row) => {
        const severity = row.severity.padEnd(severityWidth);
        return [
            `  ${c.dim(row.position.padStart(positionWidth))}`,
            row.severity === "error" ? c.red(severity) : c.yellow(severity),
            row.message.padEnd(messageWidth),
            c.dim(row.rule),
        ].join("  ");
    });
    return `${c.underline(escapeControl(path))}\n${lines.join("\n")}\n`;
}
function baselineLine(summary) {
    if (!summary.baseline)
        return "";
    const { known, vanished } = summary.baseline;
    const prune = vanished > 0 ? `; ${plural(vanished, "baseline entry", "baseline entries")} no longer found (prune with --write-baseline)` : "";
    return `  baseline: ${plural(known, "known finding")} not shown${prune}\n`;
}
function footer(report, c) {
    const summary = summarize(report);
    const total = summary.errors + summary.warnings;
    const checked = `${plural(summary.files, "file")}, ${plural(summary.listeners, "listener")} checked`;
    if (total === 0)
        return `${c.green(`✔ No problems (${checked})`)}\n${baselineLine(summary)}`;
    const counts = `✖ ${plural(total, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}) in ${checked}`;
    const colored = summary.errors > 0 ? c.red(c.bold(counts)) : c.yellow(c.bold(counts));
    const rules = Object.entries(summary.byRule);
    const ruleWidth = Math.max(...rules.map(([id]) => id.length));
    const perRule = rules.map(([id, count]) => `  ${id.padEnd(ruleWidth)}  ${count}`);
    return `${colored}\n${perRule.join("\n")}\n${baselineLine(summary)}`;
}
export function format(report, options = {}) {
    const c = picocolors.createColors(options.color === true);
    const blocks = [...groupByFile(report.findings)].map(([path, findings]) => fileBlock(path, findings, c));
    return [...blocks, footer(report, c)].join("\n");
}
