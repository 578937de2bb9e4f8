// The compose front end as the scanner calls it: files grouped into projects, each project given
// its interpolation environment (the `.env` beside its base file, or the --env-file files; the
// process environment winning), then handed to src/scan/compose/. The `.env` is read even when
// .gitignore hides it from the walk, as Compose itself reads it; when the scan has read it already
// (as an env file), that text is used instead of a second read.
import { dirname, join, resolve } from "node:path";
import type { Finding } from "../core/finding.js";
import { composeEnvironment, scanComposeProject } from "./compose/index.js";
import { groupComposeProjects, type ComposeProject } from "./compose-projects.js";
import { displayPath } from "./discover.js";
import { parseErrorFinding, type LoadedFile } from "./load-file.js";
import { readSource } from "./read-source.js";
import type { FrontEndResult, SourceFile } from "./types.js";

export interface ComposeScanOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  envFiles?: readonly string[];
}

type EnvSource = { file: SourceFile } | { finding: Finding } | undefined;

/** Texts the scan has read already, by absolute path. */
export type KnownTexts = ReadonlyMap<string, string>;

/** An env file read from disk; a missing `.env` is simply absent, a broken one a parse-error. */
function readEnvFile(absolute: string, cwd: string, required: boolean, known: KnownTexts): EnvSource {
  const path = displayPath(cwd, absolute);
  const text = known.get(absolute);
  if (text !== undefined) return { file: { path, text } };
  const read = readSource(absolute);
  if (read.ok) return { file: { path, text: read.text } };
  if (!required && read.reason.startsWith("it does not exist")) return undefined;
  return { finding: parseErrorFinding(path, read.reason) };
}

function baseDirectory(project: ComposeProject, cwd: string): string {
  const base = project.files[0]!;
  return dirname(base.absolute ?? resolve(cwd, base.path));
}

/**
 * The project name, made unique when two scanned projects would share it (two `-f` files in one
 * directory, two `api/` directories): the name is the scope of the project's host ports, and
 * files that are never run together must not be compared as one project.
 */
function uniqueName(names: readonly string[], index: number, project: ComposeProject): string {
  const name = names[index]!;
  return names.indexOf(name) === names.lastIndexOf(name) ? name : `${name}@${project.files[0]!.path}`;
}

export function scanComposeFiles(files: readonly LoadedFile[], options: ComposeScanOptions, known: KnownTexts = new Map()): FrontEndResult {
  const result: FrontEndResult = { listeners: [], findings: [] };
  if (files.length === 0) return result;
  const { cwd } = options;
  const explicit = (options.envFiles ?? []).map((file) => readEnvFile(resolve(cwd, file), cwd, true, known));
  const envFiles = explicit.flatMap((source) => (source && "file" in source ? [source.file] : []));
  const reported = new Set<string>();
  const report = (finding: Finding) => {
    const key = `${finding.origin.file}:${finding.origin.line}:${finding.message}`;
    if (reported.has(key)) return;
    reported.add(key);
    result.findings.push(finding);
  };
  explicit.forEach((source) => source && "finding" in source && report(source.finding));
  const projects = groupComposeProjects(files, cwd);
  const names = projects.map((project) => options.env.COMPOSE_PROJECT_NAME ?? project.name);
  for (const [index, project] of projects.entries()) {
    const dotenv = envFiles.length > 0 ? undefined : readEnvFile(join(baseDirectory(project, cwd), ".env"), cwd, false, known);
    if (dotenv && "finding" in dotenv) report(dotenv.finding);
    const environment = composeEnvironment(dotenv && "file" in dotenv ? dotenv.file : undefined, options.env, envFiles);
    environment.findings.forEach(report);
    const found = scanComposeProject({
      files: project.files.map((file) => ({ path: file.path, text: file.text, lines: file.lines, ydocs: file.ydocs })),
      env: environment.env,
      projectName: uniqueName(names, index, project),
    });
    result.listeners.push(...found.listeners);
    result.findings.push(...found.findings);
  }
  return result;
}
