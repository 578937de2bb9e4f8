// The options of `port-policy scan`, declared once: parsing and --help both come from here.
import { parseArgs } from "node:util";
import { didYouMean } from "../config/closest-name.js";
import { PRESETS } from "../core/presets/index.js";
import { FORMAT_NAMES, isFormatName } from "../report/index.js";
const PRESET_NAMES = Object.keys(PRESETS);
export const USAGE = `Usage: port-policy scan [paths…] [options]

Checks the ports in docker-compose files, Kubernetes manifests, GitHub Actions workflows, .env
files and JS/TS code. Directories are walked (respecting .gitignore, skipping node_modules, .git
and vendored or generated code); files named on the command line are scanned whatever their
names and paths. "-" reads standard input:
  helm template . | port-policy scan - --stdin-filename rendered.yaml

Output:
  --format, -f <name>      ${FORMAT_NAMES.join(", ")} (default: stylish, or github
                           when GITHUB_ACTIONS=true); repeatable
  --output-file, -o <file> write the --format just before it to this file (atomically);
                           a format without one prints to standard output
  --quiet                  report errors only
  --automation-id <id>     SARIF automationDetails.id (code scanning category)
  --verbose                list skipped files and why
  --color, --no-color      colour the terminal report, or not (default: when it is a
                           terminal; NO_COLOR and FORCE_COLOR are honoured)

Policy:
  --config, -c <file>      the policy file (default: the nearest port-policy.config.* or
                           package.json "portPolicy" key; else the recommended preset)
  --preset <name>          ${PRESET_NAMES.join(", ")}, applied over the config file
  --no-config-lookup       read no port-policy.config.* or package.json "portPolicy": use the
                           recommended preset (or --preset, or only --config). For scanning
                           untrusted repositories: a JS config, and a JS module it extends,
                           runs when it is read
  --no-code                do not lint JS/TS files with the ESLint rules

Gating:
  --max-warnings <n>       exit 1 when there are more than n warnings
  --baseline <file>        report only findings that are not in this baseline
  --write-baseline <file>  record today's findings as the baseline and exit 0
  --changed-since <ref>    only files changed since a git ref (committed, staged, unstaged,
                           untracked), widened to whole compose projects
  --report-unused-disable-directives
                           a port-policy-disable comment that suppresses nothing is an error
                           (default: a warning)

Input:
  --ignore <pattern>       skip paths matching a .gitignore-style pattern (repeatable)
  --include-vendored       also scan vendored, minified and generated files (vendor/,
                           third_party/, wwwroot/lib/, *.min.js, dist/ bundles, files marked
                           @generated or linguist-vendored; skipped by default, see --verbose)
  --follow-external-links  follow symbolic links that lead out of a scanned directory
                           (by default they are listed by --verbose and not read)
  --env-file <file>        compose variables from this file instead of the .env beside
                           each compose file (repeatable; later files win)
  --stdin-filename <path>  the path shown for "-", and what its kind is guessed from
  --help, -h               show this help

Exit codes: 0 no errors; 1 errors (a file that cannot be read or a config file that does not
parse is one; code that does not parse is a warning), or too many warnings; 2 usage or
configuration error.
`;
const OPTIONS = {
    format: { type: "string", short: "f", multiple: true },
    "output-file": { type: "string", short: "o", multiple: true },
    preset: { type: "string" },
    config: { type: "string", short: "c" },
    ignore: { type: "string", multiple: true, default: [] },
    "env-file": { type: "string", multiple: true, default: [] },
    "stdin-filename": { type: "string" },
    "changed-since": { type: "string" },
    "max-warnings": { type: "string" },
    baseline: { type: "string" },
    "write-baseline": { type: "string" },
    "automation-id": { type: "string" },
    quiet: { type: "boolean", default: false },
    "no-code": { type: "boolean", default: false },
    "no-config-lookup": { type: "boolean", default: false },
    color: { type: "boolean" },
    "no-color": { type: "boolean" },
    "report-unused-disable-directives": { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    "include-vendored": { type: "boolean", default: false },
    "follow-external-links": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
};
/**
 * `--format github --format sarif -o out.sarif`: each --output-file belongs to the --format
 * given just before it; a format without one prints to standard output (at most one may).
 */
function pairOutputs(tokens, defaultFormat) {
    const outputs = [];
    for (const token of tokens) {
        if (token.kind !== "option" || token.value === undefined)
            continue;
        if (token.name === "format") {
            if (!isFormatName(token.value))
                return `unknown format "${token.value}"${didYouMean(token.value, FORMAT_NAMES)} (expected ${FORMAT_NAMES.join(", ")})`;
            outputs.push({ format: token.value });
        }
        else if (token.name === "output-file") {
            const last = outputs.at(-1);
            if (last && last.file === undefined)
                last.file = token.value;
            else
                outputs.push({ format: defaultFormat, file: token.value });
        }
    }
    if (outputs.length === 0)
        outputs.push({ format: defaultFormat });
    if (outputs.filter((output) => output.file === undefined).length > 1) {
        return "more than one --format prints to standard output; give all but one an --output-file";
    }
    return outputs;
}
/** Every spelling the options table accepts: "--format", "-f", … */
const OPTION_NAMES = Object.entries(OPTIONS).flatMap(([name, option]) => [`--${name}`, ...("short" in option ? [`-${option.short}`] : [])]);
/**
 * parseArgs throws for unknown options and missing values: a usage error, not a bug. Its text for
 * an unknown option goes on about positionals; ours names the option and the likely intended one.
 */
function usageError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
    if (unknown === undefined)
        return message;
    const typed = unknown.split("=")[0];
    return `unknown option "${typed}"${didYouMean(typed, OPTION_NAMES, "")}`;
}
/** The last of --color and --no-color on the command line, as ESLint reads them. */
function colorChoice(tokens) {
    const last = tokens.filter((token) => token.kind === "option" && (token.name === "color" || token.name === "no-color")).at(-1);
    return last === undefined ? undefined : last.name === "color";
}
export function parseScanArgs(argv, env) {
    let parsed;
    try {
        parsed = parseArgs({ args: argv, allowPositionals: true, tokens: true, options: OPTIONS });
    }
    catch (error) {
        return { ok: false, error: usageError(error) };
    }
    const { values, positionals, tokens } = parsed;
    const defaultFormat = env.GITHUB_ACTIONS === "true" ? "github" : "stylish";
    const outputs = pairOutputs(tokens ?? [], defaultFormat);
    if (typeof outputs === "string")
        return { ok: false, error: outputs };
    if (values.preset !== undefined && !Object.hasOwn(PRESETS, values.preset)) {
        return { ok: false, error: `unknown preset "${values.preset}"${didYouMean(values.preset, PRESET_NAMES)} (expected ${PRESET_NAMES.join(", ")})` };
    }
    const maxWarnings = values["max-warnings"] === undefined ? undefined : Number(values["max-warnings"]);
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
        return { ok: false, error: `--max-warnings needs a whole number, not "${values["max-warnings"]}"` };
    }
    const optional = {
        preset: values.preset,
        config: values.config,
        changedSince: values["changed-since"],
        stdinFilename: values["stdin-filename"],
        maxWarnings,
        baseline: values.baseline,
        writeBaseline: values["write-baseline"],
        automationId: values["automation-id"],
    };
    const color = colorChoice(tokens ?? []);
    const present = Object.fromEntries(Object.entries({ ...optional, color }).filter(([, value]) => value !== undefined));
    return {
        ok: true,
        args: {
            ...present,
            paths: positionals,
            outputs,
            defaultFormat: values.format === undefined,
            ignore: values.ignore,
            envFiles: values["env-file"],
            quiet: values.quiet,
            code: !values["no-code"],
            configLookup: !values["no-config-lookup"],
            reportUnusedDirectives: values["report-unused-disable-directives"],
            verbose: values.verbose,
            includeVendored: values["include-vendored"],
            followExternalLinks: values["follow-external-links"],
            help: values.help,
        },
    };
}
