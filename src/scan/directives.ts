// Inline suppression comments in YAML and env files, read from the text (both use `#`):
//   # port-policy-disable-next-line no-dynamic-port, valid-port -- reason
//   # port-policy-disable-line no-dynamic-port
//   # port-policy-disable no-privileged-port -- reason   …   # port-policy-enable
// No rule list means every rule. The comment must start a line or follow white space, so a `#`
// inside a value (`"a#port-policy-disable"`) is not a directive.
import type { Directive } from "../core/suppress.js";

const DIRECTIVE = /(?:^|\s)#\s*port-policy-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/;

function parseRules(text: string): string[] {
  const [list = ""] = text.split(/\s--\s|\s--$/);
  return list
    .split(/[\s,]+/)
    .map((rule) => rule.trim())
    .filter(Boolean);
}

export function parseDirectives(file: string, text: string): Directive[] {
  const directives: Directive[] = [];
  // LF, CRLF or a lone CR, as the scanners count lines (positions.ts).
  const lines = text.split(/\r\n?|\n/);
  lines.forEach((lineText, index) => {
    const match = DIRECTIVE.exec(lineText);
    if (!match) return;
    const kind = match[1] as Directive["kind"];
    const column = match.index + match[0].indexOf("#") + 1;
    const line = index + 1;
    directives.push({
      kind,
      rules: parseRules(match[2] ?? ""),
      origin: { file, line, column, endLine: line, endColumn: lineText.trimEnd().length + 1 },
    });
  });
  return directives;
}
