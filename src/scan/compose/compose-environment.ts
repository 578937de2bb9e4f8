// The environment Compose interpolates a project with (compose-go `cli/options.go` as docker/compose
// uses it, syntax.md §2.1): `--env-file` files if given (later ones override earlier ones), else the
// `.env` next to the base file; inside them `${...}` looks at the process environment first, then at
// keys of earlier files; finally the process environment wins over every file.
//
// A repository often ships no `.env` but an example to copy (`env.example`, `.env.example`,
// `.env.sample`, `.env.dist`). Compose never reads those; but checking the ports with the
// values a user is told to start from beats checking nothing, so when there is neither a `.env`
// nor --env-file, the caller passes the example, and the names it set are returned so findings
// can say where their value came from. Empty values in an example are blanks to fill in: unset.
import type { Finding } from "../../core/finding.js";
import { makeFinding } from "../../core/make-finding.js";
import { lineCounterFor, originAt } from "../positions.js";
import type { SourceFile } from "../types.js";
import { parseComposeEnvFile } from "./parse-env-file.js";

export interface ComposeEnvironment {
  env: Record<string, string>;
  /** parse-error findings for env files Compose would refuse (it stops loading the project). */
  findings: Finding[];
  /** Set when values came from an example env file: which file, and the names it gave. */
  example?: EnvExample;
}

export interface EnvExample {
  path: string;
  names: ReadonlySet<string>;
}

export function composeEnvironment(
  dotenv: SourceFile | undefined,
  processEnv: Readonly<Record<string, string | undefined>>,
  envFiles?: readonly SourceFile[],
  example?: SourceFile,
): ComposeEnvironment {
  if (example && !dotenv && !(envFiles && envFiles.length > 0)) return exampleEnvironment(example, processEnv);
  const files = envFiles && envFiles.length > 0 ? envFiles : dotenv ? [dotenv] : [];
  const fromFiles: Record<string, string> = {};
  const findings: Finding[] = [];
  for (const file of files) {
    const parsed = parseComposeEnvFile(file.text, (name) => processEnv[name] ?? fromFiles[name]);
    Object.assign(fromFiles, parsed.values);
    if (!parsed.ok) {
      const origin = originAt(file.path, lineCounterFor(file.text), parsed.offset, parsed.offset);
      findings.push(makeFinding("parse-error", "parseError", { path: file.path, reason: `Compose cannot read it as an env file (${parsed.error})` }, origin, { source: "compose" }));
    }
  }
  const env: Record<string, string> = { ...fromFiles };
  for (const [name, value] of Object.entries(processEnv)) if (value !== undefined) env[name] = value;
  return { env, findings };
}

/** The example's values under the process environment; an example Compose could not read gives nothing. */
function exampleEnvironment(example: SourceFile, processEnv: Readonly<Record<string, string | undefined>>): ComposeEnvironment {
  const parsed = parseComposeEnvFile(example.text, (name) => processEnv[name]);
  const env: Record<string, string> = {};
  const names = new Set<string>();
  if (parsed.ok) {
    for (const [name, value] of Object.entries(parsed.values)) {
      if (value === "" || processEnv[name] !== undefined) continue;
      env[name] = value;
      names.add(name);
    }
  }
  for (const [name, value] of Object.entries(processEnv)) if (value !== undefined) env[name] = value;
  return names.size > 0 ? { env, findings: [], example: { path: example.path, names } } : { env, findings: [] };
}
