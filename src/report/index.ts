// Format name → formatter, for `--format`. Each format lives in its own file with its spec linked.
import { format as checkstyle } from "./checkstyle.js";
import { format as github } from "./github.js";
import { format as gitlab } from "./gitlab.js";
import { format as json } from "./json.js";
import { format as junit } from "./junit.js";
import { format as sarif } from "./sarif.js";
import { format as stylish } from "./stylish.js";
import type { Formatter } from "./report.js";

export const formatters = {
  stylish,
  json,
  sarif,
  github,
  gitlab,
  junit,
  checkstyle,
} as const satisfies Readonly<Record<string, Formatter>>;

export type FormatName = keyof typeof formatters;

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(formatters, name);
}

export { formatStepSummary } from "./github.js";
export { shouldUseColor } from "./stylish.js";
export { fingerprint, uniqueFingerprints, FINGERPRINT_KEY } from "./fingerprint.js";
export type { FormatOptions, Formatter, Report, ReportFile, ReportFileKind } from "./report.js";
