// .env files as the npm `dotenv` package reads them (motdotla/dotenv lib/main.js, the "classic"
// parser: one regex over the text), with the offsets of every key and value. The env-file front
// end is src/scan/env-file-listeners.ts; Compose reads `.env` differently
// (src/scan/compose/parse-env-file.ts).

/** One `KEY=value` of an env file. Offsets are into the file's text, end exclusive. */
export interface EnvEntry {
  key: string;
  value: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The value is spelled character for character at [valueStart, valueEnd) (no escapes). */
  exact: boolean;
}

// dotenv's LINE: optional `export`, key [\w.-]+, `=` or `: `, then a single-, double- or
// backtick-quoted value (may span lines) or an unquoted one ending at `#` or the line end. One
// change: dotenv's leading `\s*` may cross line ends, so every line of a run of blank or
// whitespace-only lines re-scanned the whole rest of the run (20,000 lines of a tab: 2.7 s);
// `[^\S\n]*` stays on its line. A match found from an earlier blank line is the same match found
// from the key's own line, so the entries are the same.
const LINE =
  /(?:^|^)[^\S\n]*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;
const SURROUNDING_QUOTES = /^(['"`])([\s\S]*)\1$/gm;

/** Entries in file order; a later duplicate key wins in `dotenvValues`. Never fails (dotenv skips bad lines). */
export function parseDotenv(text: string): EnvEntry[] {
  const { normalized, original } = normalizeLineBreaks(text);
  const entries: EnvEntry[] = [];
  for (const match of normalized.matchAll(LINE)) {
    const keyAt = match.indices?.[1];
    if (!keyAt || match[1] === undefined) continue;
    const raw = match[2] ?? "";
    const rawStart = match.indices?.[2]?.[0] ?? keyAt[1];
    entries.push({ key: match[1], ...valueOf(raw, rawStart), keyStart: keyAt[0], keyEnd: keyAt[1] });
  }
  return entries.map((entry) => ({
    ...entry,
    keyStart: original(entry.keyStart),
    keyEnd: original(entry.keyEnd),
    valueStart: original(entry.valueStart),
    valueEnd: original(entry.valueEnd),
  }));
}

/** The object `dotenv.parse()` returns. */
export function dotenvValues(entries: readonly EnvEntry[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of entries) values[entry.key] = entry.value;
  return values;
}

/** dotenv's value handling: trim, drop surrounding quotes, `\n`/`\r` escapes in double quotes only. */
function valueOf(raw: string, rawStart: number): Pick<EnvEntry, "value" | "valueStart" | "valueEnd" | "exact"> {
  const leading = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  let start = rawStart + leading;
  let end = start + trimmed.length;
  let value = trimmed.replace(SURROUNDING_QUOTES, "$2");
  if (value !== trimmed) {
    start += 1;
    end -= 1;
  }
  if (trimmed.startsWith('"')) {
    const unescaped = value.replace(/\\n/g, "\n").replace(/\\r/g, "\r");
    const exact = unescaped === value;
    value = unescaped;
    return { value, valueStart: start, valueEnd: end, exact };
  }
  return { value, valueStart: start, valueEnd: end, exact: true };
}

/**
 * dotenv first turns CRLF and CR into LF; matching on that text keeps its semantics, and
 * `original` maps offsets back so positions are those of the file as written.
 */
function normalizeLineBreaks(text: string): { normalized: string; original: (offset: number) => number } {
  if (!text.includes("\r")) return { normalized: text, original: (offset) => offset };
  const removed: number[] = [];
  const normalized = text.replace(/\r\n?/g, (crlf: string, at: number) => {
    if (crlf.length === 2) removed.push(at + 1 - removed.length);
    return "\n";
  });
  return {
    normalized,
    original: (offset) => offset + countAtOrBelow(removed, offset),
  };
}

/** How many of the ascending `sorted` are <= value (binary search). */
function countAtOrBelow(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? Infinity) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
