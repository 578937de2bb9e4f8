// Text from a scanned repository (paths, service names, quoted values) on a terminal. A control
// character there is an instruction to the terminal, not text: ESC sequences colour, hide or
// rewrite what was printed, and a newline in a directory name (`x\n  1:1  error  FORGED`) starts
// a forged finding or a forged "✔ No problems". Bidirectional controls reorder what is shown
// (Trojan Source, CVE-2021-42574). Each is shown as its JSON-style escape instead, so the text
// stays one line and says exactly what is in the file. Machine formats escape by their own specs.
// C0 controls, DEL, C1 controls (0x9b is a one-byte CSI), the Unicode line and paragraph
// separators, and the bidirectional embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, less the line feed
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };
function escapeOne(char) {
    return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
/** One line of terminal-safe text: every control character written as an escape. */
export function escapeControl(text) {
    return text.replace(CONTROL, escapeOne);
}
/** The same for a text of several lines of our own making, whose line breaks are kept. */
export function escapeControlKeepingLines(text) {
    return text.replace(CONTROL_BUT_NEWLINE, escapeOne);
}
