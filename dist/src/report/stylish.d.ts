import type { FormatOptions, Report } from "./report.js";
/**
 * Colour on a TTY unless turned off. NO_COLOR (no-color.org) and NODE_DISABLE_COLORS win, as in
 * picocolors; FORCE_COLOR (force-color.org) turns colour on for pipes, except "0" or "false", which
 * Node's own tty.getColorDepth reads as off. Empty values count as unset.
 */
export declare function shouldUseColor(stream: {
    isTTY?: boolean;
}, env: Readonly<Record<string, string | undefined>>): boolean;
export declare function format(report: Report, options?: FormatOptions): string;
