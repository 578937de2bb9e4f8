// Test helper: writes files into a fresh temporary directory and scans them, so tests run the
// whole scanner (discovery, kind detection, front end, checks) on real files.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Finding } from "../../src/core/finding.js";
import type { Listener } from "../../src/core/listener.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { scanPaths, type ScanOptions, type ScanResult } from "../../src/scan/index.js";

export function tempDir(prefix = "port-policy-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiles(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export function scanFiles(files: Readonly<Record<string, string | Buffer>>, options: Partial<ScanOptions> & { paths?: string[] } = {}): ScanResult & { root: string } {
  const root = tempDir();
  writeFiles(root, files);
  const { paths = ["."], ...rest } = options;
  return { ...scanPaths(paths, { cwd: root, env: {}, policy: PRESETS.recommended!, ...rest }), root };
}

/** A listener as one line: `file:line:col-endCol port/protocol role scope`. */
export function describeListener(listener: Listener): string {
  const { origin } = listener;
  const range = listener.endPort !== undefined ? `${listener.port}-${listener.endPort}` : String(listener.port);
  return `${origin.file}:${origin.line}:${origin.column}-${origin.endColumn} ${range}/${listener.protocol} ${listener.role}${listener.scope ? ` ${listener.scope}` : ""}`;
}

/** The source line with carets under [column, endColumn), as a reviewer reads a position. */
export function carets(text: string, origin: { line: number; column: number; endColumn: number }): string {
  const line = text.split(/\r?\n/)[origin.line - 1] ?? "";
  return `${line}\n${" ".repeat(origin.column - 1)}${"^".repeat(Math.max(1, origin.endColumn - origin.column))}`;
}

/** A finding as one line: `file:line:col-endCol rule/messageId severity [port]`, for exact-position tables. */
export function describeFinding(finding: Finding): string {
  const { origin } = finding;
  const port = finding.port === undefined ? "" : ` ${finding.port}`;
  return `${origin.file}:${origin.line}:${origin.column}-${origin.endColumn} ${finding.ruleId}/${finding.messageId} ${finding.severity}${port}`;
}
