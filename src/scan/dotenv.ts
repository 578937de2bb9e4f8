// .env files as the npm `dotenv` package reads them (motdotla/dotenv lib/main.js, the "classic"
// parser: one regex over the text), with the offsets of every key and value, and the env-file
// front end: `PORT` and `*_PORT` keys with a numeric value are listen ports.
// Compose reads `.env` differently (src/scan/compose/parse-env-file.ts).
import { makeFinding } from "../core/make-finding.js";
import type { Listener, Privilege } from "../core/listener.js";
import { lineCounterFor, originAt } from "./positions.js";
import type { FrontEndResult, SourceFile } from "./types.js";

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

/** `PORT` or a key ending in `_PORT` (`DB_PORT`, `POSTGRES_PORT`); not `PORT_RANGE`, `EXPORT_DIR`, `SUPPORT_EMAIL`. */
export function isPortEnvKey(key: string): boolean {
  return /(?:^|_)PORT$/i.test(key);
}

export type EnvPortValue = { kind: "port"; port: number } | { kind: "out-of-range"; port: number } | { kind: "none" };

/** A whole decimal number is a port (or out of range); URLs, words and empty values are not listeners. */
export function envPortValue(value: string): EnvPortValue {
  if (!/^[+-]?\d{1,15}$/.test(value)) return { kind: "none" };
  const port = Number(value);
  return port >= 0 && port <= 65535 ? { kind: "port", port } : { kind: "out-of-range", port };
}

/** Code and .env files carry no user information: they run as an ordinary user (DESIGN.md). */
const ENV_FILE_PRIVILEGE: Privilege = { user: "non-root", capAdd: [], network: "own" };

/**
 * Words that name one process's own listeners (`PORT`, `HTTP_PORT`, `ADMIN_PORT`): two such keys
 * on one port in one file collide. Other prefixes name other services (`REDIS_PORT`, `CART_PORT`
 * in a compose project's .env), which run in their own containers, so equal values are fine.
 */
const OWN_LISTENER_WORDS = new Set(["", "http", "https", "grpc", "metrics", "admin", "management", "health", "debug", "api", "web", "server", "app", "public", "internal", "listen"]);

function isOwnListenerKey(key: string): boolean {
  return key
    .replace(/_?PORT$/i, "")
    .toLowerCase()
    .split("_")
    .every((word) => OWN_LISTENER_WORDS.has(word));
}

export function scanEnvFile(file: SourceFile): FrontEndResult {
  const lines = lineCounterFor(file.text);
  const result: FrontEndResult = { listeners: [], findings: [] };
  for (const entry of parseDotenv(file.text)) {
    if (!isPortEnvKey(entry.key)) continue;
    const parsed = envPortValue(entry.value);
    if (parsed.kind === "none") continue;
    const origin = originAt(file.path, lines, entry.valueStart, entry.valueEnd);
    if (parsed.kind === "out-of-range") {
      result.findings.push(makeFinding("valid-port", "outOfRange", { value: entry.value }, origin, { source: "env", port: parsed.port }));
      continue;
    }
    const listener: Listener = {
      port: parsed.port,
      protocol: "tcp",
      role: "env",
      source: "env",
      identity: { envKey: entry.key },
      privilege: ENV_FILE_PRIVILEGE,
      origin,
    };
    if (isOwnListenerKey(entry.key)) listener.scope = `env:${file.path}`;
    result.listeners.push(listener);
  }
  return result;
}
