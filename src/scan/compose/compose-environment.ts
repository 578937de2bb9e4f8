// The environment Compose interpolates a project with (compose-go `cli/options.go` as docker/compose
// uses it, syntax.md §2.1): `--env-file` files if given (later ones override earlier ones), else the
// `.env` next to the base file; inside them `${...}` looks at the process environment first, then at
// keys of earlier files; finally the process environment wins over every file.
import type { Finding } from "../../core/finding.js";
import { makeFinding } from "../../core/make-finding.js";
import { lineCounterFor, originAt } from "../positions.js";
import type { SourceFile } from "../types.js";
import { parseComposeEnvFile } from "./parse-env-file.js";

export interface ComposeEnvironment {
  env: Record<string, string>;
  /** parse-error findings for env files Compose would refuse (it stops loading the project). */
  findings: Finding[];
}

export function composeEnvironment(
  dotenv: SourceFile | undefined,
  processEnv: Readonly<Record<string, string | undefined>>,
  envFiles?: readonly SourceFile[],
): ComposeEnvironment {
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
