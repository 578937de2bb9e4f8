// Format name → formatter, for `--format`. Each format lives in its own file with its spec linked.
import { format as checkstyle } from "./checkstyle.js";
import { format as github } from "./github.js";
import { format as gitlab } from "./gitlab.js";
import { format as json } from "./json.js";
import { format as junit } from "./junit.js";
import { format as sarif } from "./sarif.js";
import { format as stylish } from "./stylish.js";
export const formatters = {
    stylish,
    json,
    sarif,
    github,
    gitlab,
    junit,
    checkstyle,
};
export const FORMAT_NAMES = Object.keys(formatters);
export function isFormatName(name) {
    return Object.hasOwn(formatters, name);
}
export { formatStepSummary } from "./github.js";
export { shouldUseColor } from "./stylish.js";
export { fingerprint, uniqueFingerprints, FINGERPRINT_KEY } from "./fingerprint.js";
