// The compose front end as the scanner calls it. Each file is read into service layers as it
// arrives, interpolated with its directory's environment (the `.env` beside it, or the --env-file
// files; the process environment winning), so that its YAML tree can go at once; at the end the
// files are grouped into projects, merged and listed by src/scan/compose/. A project's files all
// sit in its base file's directory, so the directory decides the environment. The `.env` is read
// even when .gitignore hides it from the walk, as Compose itself reads it; when the scan has read
// it already (as an env file), that text is used instead of a second read.
import { dirname, join, resolve } from "node:path";
import type { Finding } from "../core/finding.js";
import { composeEnvironment, composeListeners, readComposeFile, type EnvExample } from "./compose/index.js";
import type { ServiceLayer } from "./compose/read-service.js";
import { groupComposeProjects, type ComposeProject } from "./compose-projects.js";
import { displayPath } from "./discover.js";
import { parseErrorFinding, type LoadedFile } from "./load-file.js";
import { readSource } from "./read-source.js";
import type { FrontEndResult, SourceFile } from "./types.js";
import { appendAll } from "./append-all.js";

export interface ComposeScanOptions {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  envFiles?: readonly string[];
}

type EnvSource = { file: SourceFile } | { finding: Finding } | undefined;

/** A directory's interpolation environment, and the example env file it came from, if one. */
interface Environment {
  env: Readonly<Record<string, string>>;
  example?: EnvExample;
}

/** Example env files a repository ships for users to copy, in the order they are looked for. */
const EXAMPLE_NAMES = ["env.example", ".env.example", ".env.sample", ".env.dist"];

/** The first example env file beside a compose file that has no .env; one that cannot be read is passed over (Compose never reads it). */
function readExample(dir: string, cwd: string, known: KnownTexts): SourceFile | undefined {
  for (const name of EXAMPLE_NAMES) {
    const source = readEnvFile(join(dir, name), cwd, false, known);
    if (source && "file" in source) return source.file;
  }
  return undefined;
}

/** Texts the scan has read already, by absolute path. */
export type KnownTexts = ReadonlyMap<string, string>;

/** A compose file once read: where it is, and its service layers. */
interface ReadFile {
  path: string;
  absolute?: string;
  layers: ServiceLayer[];
}

export interface ComposeScan {
  add(file: LoadedFile): void;
  finish(): FrontEndResult;
}

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

/**
 * The project name, made unique when two scanned projects would share it (two `-f` files in one
 * directory, two `api/` directories): the name is the scope of the project's host ports, and
 * files that are never run together must not be compared as one project.
 */
function uniqueNames(projects: readonly ComposeProject<ReadFile>[], processEnv: ComposeScanOptions["env"]): string[] {
  const names = projects.map((project) => processEnv.COMPOSE_PROJECT_NAME ?? project.name);
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  return names.map((name, index) => (uses.get(name) === 1 ? name : `${name}@${projects[index]!.files[0]!.path}`));
}

/** `known`: env files the scan reads anyway; filled as it goes, so it is looked up, never copied. */
export function composeScan(options: ComposeScanOptions, known: KnownTexts = new Map()): ComposeScan {
  const { cwd } = options;
  const files: ReadFile[] = [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const report = (finding: Finding) => {
    const key = `${finding.origin.file}:${finding.origin.line}:${finding.message}`;
    if (reported.has(key)) return;
    reported.add(key);
    findings.push(finding);
  };
  let envFiles: SourceFile[] | undefined;
  const environments = new Map<string, Environment>();
  const environmentOf = (dir: string): Environment => {
    if (!envFiles) {
      const explicit = (options.envFiles ?? []).map((file) => readEnvFile(resolve(cwd, file), cwd, true, known));
      explicit.forEach((source) => source && "finding" in source && report(source.finding));
      envFiles = explicit.flatMap((source) => (source && "file" in source ? [source.file] : []));
    }
    let env = environments.get(dir);
    if (env) return env;
    const dotenv = envFiles.length > 0 ? undefined : readEnvFile(join(dir, ".env"), cwd, false, known);
    if (dotenv && "finding" in dotenv) report(dotenv.finding);
    const example = dotenv === undefined && envFiles.length === 0 ? readExample(dir, cwd, known) : undefined;
    const environment = composeEnvironment(dotenv && "file" in dotenv ? dotenv.file : undefined, options.env, envFiles, example);
    environment.findings.forEach(report);
    environments.set(dir, (env = environment.example ? { env: environment.env, example: environment.example } : { env: environment.env }));
    return env;
  };
  return {
    add(file) {
      const { env, example } = environmentOf(dirname(file.absolute ?? resolve(cwd, file.path)));
      const read = readComposeFile(file, (name) => env[name], example);
      appendAll(findings, read.findings);
      files.push({ path: file.path, ...(file.absolute ? { absolute: file.absolute } : {}), layers: read.layers });
    },
    finish() {
      const result: FrontEndResult = { listeners: [], findings };
      const projects = groupComposeProjects(files, cwd);
      const names = uniqueNames(projects, options.env);
      for (const [index, project] of projects.entries()) {
        const found = composeListeners(project.files.map((file) => file.layers), names[index]!);
        appendAll(result.listeners, found.listeners);
        appendAll(result.findings, found.findings);
      }
      files.length = 0;
      return result;
    },
  };
}
