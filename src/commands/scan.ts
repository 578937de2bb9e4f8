// `port-policy scan [paths…]`: scans compose, Kubernetes, GitHub Actions and .env files and prints
// a report. Exit codes (DESIGN.md): 0 no error-level finding; 1 error-level findings, a file that
// could not be checked, or more warnings than --max-warnings; 2 usage error.
import { parseArgs } from "node:util";
import type { ExitCode, Io } from "../cli.js";
import type { Finding } from "../core/finding.js";
import { loadConfigForCli } from "../config/cli-config.js";
import { PRESETS, type PresetName } from "../core/presets/index.js";
import { FORMAT_NAMES, formatters, isFormatName, shouldUseColor, type Report } from "../report/index.js";
import { packageInfo } from "../version.js";
import { changedSince } from "../scan/changed-files.js";
import { MAX_FILE_BYTES } from "../scan/read-source.js";
import { scanPaths, type ScanResult } from "../scan/index.js";

const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

const USAGE = `Usage: port-policy scan [paths…] [options]

Checks the ports in docker-compose files, Kubernetes manifests, GitHub Actions workflows and
.env files. Directories are walked (respecting .gitignore, skipping node_modules and .git);
files named on the command line are scanned whatever their names. "-" reads standard input:
  helm template . | port-policy scan - --stdin-filename rendered.yaml

Options:
  --format, -f <name>      ${FORMAT_NAMES.join(", ")} (default: stylish)
  --config, -c <file>      the policy file (default: the nearest port-policy.config.* or
                           package.json "port-policy" key; else the recommended preset)
  --preset <name>          ${PRESET_NAMES.join(", ")}, applied over the config file
  --ignore <pattern>       skip paths matching a .gitignore-style pattern (repeatable)
  --env-file <file>        compose variables from this file instead of the .env beside
                           each compose file (repeatable; later files win)
  --changed-since <ref>    only files changed since a git ref (committed, staged, unstaged,
                           untracked), widened to whole compose projects
  --stdin-filename <path>  the path shown for "-", and what its kind is guessed from
  --max-warnings <n>       exit 1 when there are more than n warnings
  --verbose                list skipped files and why
  --help, -h               show this help

Exit codes: 0 no errors; 1 errors, a file that could not be checked, or too many warnings;
2 usage error.
`;

interface ScanArgs {
  paths: string[];
  format: keyof typeof formatters;
  preset?: PresetName;
  config?: string;
  changedSince?: string;
  ignore: string[];
  envFiles: string[];
  stdinFilename?: string;
  maxWarnings?: number;
  verbose: boolean;
  help: boolean;
}

type Parsed = { ok: true; args: ScanArgs } | { ok: false; error: string };

function parseOptions(argv: string[]): Parsed {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        preset: { type: "string" },
        config: { type: "string", short: "c" },
        ignore: { type: "string", multiple: true, default: [] },
        "env-file": { type: "string", multiple: true, default: [] },
        "stdin-filename": { type: "string" },
        "changed-since": { type: "string" },
        "max-warnings": { type: "string" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    // parseArgs throws for unknown options and missing values: a usage error, not a bug.
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (!isFormatName(values.format)) return { ok: false, error: `unknown format "${values.format}" (expected ${FORMAT_NAMES.join(", ")})` };
  if (values.preset !== undefined && !Object.hasOwn(PRESETS, values.preset)) return { ok: false, error: `unknown preset "${values.preset}" (expected ${PRESET_NAMES.join(", ")})` };
  const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    return { ok: false, error: `--max-warnings needs a whole number, not "${values["max-warnings"]}"` };
  }
  return {
    ok: true,
    args: {
      paths: positionals,
      format: values.format,
      ...(values.preset !== undefined ? { preset: values.preset as PresetName } : {}),
      ...(values.config !== undefined ? { config: values.config } : {}),
      ...(values["changed-since"] !== undefined ? { changedSince: values["changed-since"] } : {}),
      ignore: values.ignore,
      envFiles: values["env-file"],
      ...(values["stdin-filename"] !== undefined ? { stdinFilename: values["stdin-filename"] } : {}),
      ...(maxWarnings !== undefined ? { maxWarnings } : {}),
      verbose: values.verbose,
      help: values.help,
    },
  };
}

/** Standard input as bytes; reading stops past the size limit, which the loader then reports. */
async function readStdin(io: Io): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin ?? (process.stdin as AsyncIterable<string | Uint8Array>)) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_FILE_BYTES) break;
  }
  return Buffer.concat(chunks);
}

export function exitCodeFor(findings: readonly Finding[], maxWarnings?: number): ExitCode {
  if (findings.some((finding) => finding.severity === "error")) return 1;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

function toReport(result: ScanResult, cwd: string): Report {
  const { name, version } = packageInfo();
  return { findings: result.findings, files: result.files, tool: { name, version }, cwd };
}

export async function scan(argv: string[], io: Io): Promise<ExitCode> {
  const parsed = parseOptions(argv);
  if (!parsed.ok) {
    io.stderr.write(`port-policy scan: ${parsed.error}\n\n${USAGE}`);
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const config = await loadConfigForCli({
    cwd: io.cwd,
    ...(args.config !== undefined ? { configPath: args.config } : {}),
    ...(args.preset !== undefined ? { preset: args.preset } : {}),
  });
  if (!config.ok) {
    io.stderr.write(config.message);
    return 2;
  }
  const changed = args.changedSince === undefined ? undefined : await changedSince(args.changedSince, io.cwd);
  if (changed && !changed.ok) {
    io.stderr.write(`port-policy scan: ${changed.error}\n`);
    return 2;
  }
  const stdin = args.paths.includes("-")
    ? { bytes: await readStdin(io), ...(args.stdinFilename ? { filename: args.stdinFilename.split("\\").join("/") } : {}) }
    : undefined;
  const result = scanPaths(args.paths, {
    cwd: io.cwd,
    env: io.env,
    policy: config.policy,
    ignore: args.ignore,
    envFiles: args.envFiles,
    ...(stdin ? { stdin } : {}),
    ...(changed ? { changed: changed.files } : {}),
  });
  if (args.verbose) {
    for (const note of result.diagnostics) io.stderr.write(`${note.path}: ${note.message}\n`);
    io.stderr.write(`${result.files.length} file(s) scanned, ${result.diagnostics.length} skipped or noted.\n`);
  }
  const color = args.format === "stylish" && shouldUseColor(io.stdout, io.env);
  io.stdout.write(formatters[args.format](toReport(result, io.cwd), { color }));
  return exitCodeFor(result.findings, args.maxWarnings);
}
