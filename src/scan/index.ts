// The scanner: paths → files → front ends → Listener[] → evaluate(). Front-end findings (malformed
// specs, unreadable files) join the checks' findings under the same policy and inline directives.
// Nothing here throws for bad input: every file that could not be checked is a parse-error finding.
import { applyPolicy, compareFindings, evaluate } from "../core/evaluate.js";
import type { Finding } from "../core/finding.js";
import type { Listener } from "../core/listener.js";
import type { Policy } from "../core/policy.js";
import { suppress, type Directive } from "../core/suppress.js";
import { isComposeDocument } from "./compose/index.js";
import { selectChanged } from "./changed-files.js";
import { composeFilesNaming } from "./changed-env-files.js";
import { isCodeName } from "./detect-kind.js";
import { discoverFiles, type DiscoveredFile } from "./discover.js";
import { frontEndRun } from "./front-ends.js";
import { loadFile, parseErrorFinding, type LoadRequest } from "./load-file.js";
import type { FileKind } from "./types.js";
import { appendAll } from "./append-all.js";

export interface ScanOptions {
  /** Absolute working directory; paths in the output are relative to it. */
  cwd: string;
  /** Process environment: it wins over `.env` in compose interpolation, as in Compose. */
  env: Readonly<Record<string, string | undefined>>;
  policy: Policy;
  /**
   * The policy of one file (its path as reported: relative to cwd, or absolute), when files may
   * have different ones (the nearest config of each); absent: `policy` for every file.
   */
  policyFor?: (path: string) => Policy;
  /** `--ignore` patterns (gitignore syntax, relative to cwd). */
  ignore?: readonly string[];
  /** `--env-file`: replaces the `.env` next to each compose file. */
  envFiles?: readonly string[];
  /**
   * `--changed-since`: absolute paths of changed files. Only those are scanned, plus every file of
   * a compose family (base, overrides, .env) one of them belongs to.
   */
  changed?: ReadonlySet<string>;
  /** Standard input, scanned when a path is "-". */
  stdin?: { bytes: Buffer; filename?: string };
  /** Also collect JS/TS files (returned in `codeFiles`) for the ESLint rules. */
  code?: boolean;
  /** Scan vendored, minified and generated files too (`--include-vendored`). */
  includeVendored?: boolean;
  /** Follow symbolic links out of the walked directories (`--follow-external-links`). */
  followExternalLinks?: boolean;
  /** Keep the text of every file read, in `texts` (baselines fingerprint findings by it). */
  keepTexts?: boolean;
}

export interface ScannedFile {
  path: string;
  kind: FileKind;
  listeners: number;
}

/** Why a file was skipped or a directory not entered; shown with --verbose. */
export interface ScanNote {
  path: string;
  message: string;
}

export interface ScanResult {
  findings: Finding[];
  files: ScannedFile[];
  listeners: Listener[];
  diagnostics: ScanNote[];
  /**
   * JS/TS files for the ESLint rules (with `code: true`); not read here, so whether one is
   * generated is told where it is read (lint-code.ts).
   */
  codeFiles: DiscoveredFile[];
  /** With `keepTexts`: each file's text as read, by shown path, so that nothing is read twice. */
  texts?: Map<string, string>;
}

export const STDIN_PATH = "<stdin>";

const CONTENT_TESTS = { isComposeDocument };

export function scanPaths(paths: readonly string[], options: ScanOptions): ScanResult {
  const { cwd } = options;
  const named = paths.filter((path) => path !== "-");
  const useStdin = named.length < paths.length;
  const discovery =
    useStdin && named.length === 0
      ? { files: [], unreadable: [], notes: [] }
      : discoverFiles(named, {
          cwd,
          code: options.code === true,
          includeVendored: options.includeVendored === true,
          followExternalLinks: options.followExternalLinks === true,
          ...(options.ignore ? { ignore: options.ignore } : {}),
        });
  const diagnostics: ScanNote[] = [...discovery.notes];
  const unchecked: Finding[] = discovery.unreadable.map((entry) => parseErrorFinding(entry.path, entry.reason));
  const changed = options.changed ? keepChanged(discovery.files, options.changed) : discovery.files;
  const allCode = options.code ? changed.filter((file) => isCodeName(file.path.slice(file.path.lastIndexOf("/") + 1))) : [];
  const isCode = new Set(allCode);
  const selected = isCode.size > 0 ? changed.filter((file) => !isCode.has(file)) : changed;
  // Discovery lists regular files only, so reading needs no fstat first.
  const requests: LoadRequest[] = selected.map((file) => ({ path: file.path, absolute: file.absolute, explicit: file.explicit, regular: true }));
  if (useStdin) requests.push({ path: options.stdin?.filename ?? STDIN_PATH, explicit: true, bytes: options.stdin?.bytes ?? Buffer.alloc(0) });
  const frontEnds = frontEndRun(options);
  const texts = options.keepTexts ? new Map<string, string>() : undefined;
  for (const request of requests) {
    const result = loadFile(request, CONTENT_TESTS);
    if ("file" in result) {
      texts?.set(request.path, result.file.text);
      frontEnds.add(result.file);
      appendAll(unchecked, result.findings);
    } else if ("finding" in result) {
      if (result.text !== undefined) texts?.set(request.path, result.text);
      unchecked.push(result.finding);
    } else diagnostics.push({ path: request.path, message: `skipped: ${result.skipped}` });
  }
  const frontEnd = frontEnds.finish();
  const checked = checkByPolicy(frontEnd.listeners, frontEnd.findings, options);
  return {
    findings: [...applyDirectives(checked, frontEnds.directives), ...unchecked].sort(compareFindings),
    files: summarizeFiles(frontEnds.files, frontEnd.listeners),
    listeners: frontEnd.listeners,
    diagnostics,
    codeFiles: allCode,
    ...(texts ? { texts } : {}),
  };
}

/**
 * Every listener is checked under the policy of its own file. Listeners that can collide (one
 * compose project, one pod, one source file) sit in one directory, so grouping by policy keeps
 * every scope no-duplicate-port compares whole.
 */
function checkByPolicy(listeners: readonly Listener[], findings: readonly Finding[], options: ScanOptions): Finding[] {
  const { policyFor } = options;
  if (!policyFor) return [...evaluate(listeners, options.policy), ...applyPolicy(findings, options.policy)];
  const byFile = new Map<string, Policy>();
  const policyOf = (path: string): Policy => {
    let policy = byFile.get(path);
    if (!policy) byFile.set(path, (policy = policyFor(path)));
    return policy;
  };
  const groups = new Map<Policy, { listeners: Listener[]; findings: Finding[] }>();
  const groupOf = (path: string) => {
    const policy = policyOf(path);
    let group = groups.get(policy);
    if (!group) groups.set(policy, (group = { listeners: [], findings: [] }));
    return group;
  };
  for (const listener of listeners) groupOf(listener.origin.file).listeners.push(listener);
  for (const finding of findings) groupOf(finding.origin.file).findings.push(finding);
  let checked: Finding[] = [];
  // concat, not push(...): a group may hold more findings than a call takes arguments.
  for (const [policy, group] of groups) checked = checked.concat(evaluate(group.listeners, policy), applyPolicy(group.findings, policy));
  return checked;
}

/** `# port-policy-disable…` comments, file by file; unused ones become findings themselves. */
function applyDirectives(findings: readonly Finding[], directives: ReadonlyMap<string, Directive[]>): Finding[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byFile.get(finding.origin.file);
    if (list) list.push(finding);
    else byFile.set(finding.origin.file, [finding]);
  }
  const result: Finding[] = [];
  for (const [path, own] of directives) {
    const { kept, unused } = suppress(byFile.get(path) ?? [], own);
    byFile.delete(path);
    appendAll(appendAll(result, kept), unused);
  }
  for (const rest of byFile.values()) appendAll(result, rest);
  return result;
}

function keepChanged(files: readonly DiscoveredFile[], changed: ReadonlySet<string>): DiscoveredFile[] {
  const candidates = files.map((file) => file.absolute);
  const readers = composeFilesNaming(candidates, changed);
  const keep = new Set(selectChanged(candidates, readers.length > 0 ? new Set([...changed, ...readers]) : changed));
  return files.filter((file) => keep.has(file.absolute));
}

function summarizeFiles(files: ReadonlyArray<{ path: string; kind: FileKind }>, listeners: readonly Listener[]): ScannedFile[] {
  const counts = new Map<string, number>();
  for (const listener of listeners) counts.set(listener.origin.file, (counts.get(listener.origin.file) ?? 0) + 1);
  return files.map((file) => ({ path: file.path, kind: file.kind, listeners: counts.get(file.path) ?? 0 }));
}
