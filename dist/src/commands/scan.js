// `port-policy scan [paths…]`: scans compose, Kubernetes, GitHub Actions, .env and JS/TS files and
// writes one report per --format. Exit codes (DESIGN.md): 0 no error-level finding; 1 error-level
// findings, a file that could not be checked, or more warnings than --max-warnings; 2 usage or
// configuration error. Options and --help live in scan-options.ts.
import { appendFileSync } from "node:fs";
import path from "node:path";
import { createBaseline, entryTextsFrom } from "../baseline.js";
import { loadScanPolicies } from "../config/scan-policies.js";
import { formatStepSummary, formatters, shouldUseColor } from "../report/index.js";
import { changedSince } from "../scan/changed-files.js";
import { compareFindings } from "../core/evaluate.js";
import { scanPaths } from "../scan/index.js";
import { isCodeName } from "../scan/detect-kind.js";
import { lintCode } from "../scan/lint-code.js";
import { MAX_FILE_BYTES } from "../scan/read-source.js";
import { packageInfo } from "../version.js";
import { escapeControl, escapeControlKeepingLines } from "../report/escape-control.js";
import { exitCodeFor, gate } from "./gate.js";
import { readBaseline } from "./read-baseline.js";
import { USAGE, parseScanArgs } from "./scan-options.js";
import { writeFileAtomic, writeTarget } from "./write-file-atomic.js";
export { exitCodeFor };
/** Standard input as bytes; reading stops past the size limit, which the loader then reports. */
async function readStdin(io) {
    const chunks = [];
    let size = 0;
    for await (const chunk of io.stdin ?? process.stdin) {
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk);
        chunks.push(bytes);
        size += bytes.length;
        if (size > MAX_FILE_BYTES)
            break;
    }
    return Buffer.concat(chunks);
}
/** A file the user named for output, as one line for standard error when it cannot be written. */
function cannotWrite(what, file, reason) {
    return `port-policy scan: cannot write ${what} to "${escapeControl(file)}": ${reason}\n`;
}
/**
 * `-o /dev/stdout` means standard output, and is written there as such: opening the name would
 * fail when the stream is a socket (as a parent Node process makes it), and must not replace it.
 */
function standardStream(file) {
    if (/^\/dev\/stdout$|^\/(?:dev|proc\/self)\/fd\/1$/.test(file))
        return "stdout";
    return /^\/dev\/stderr$|^\/(?:dev|proc\/self)\/fd\/2$/.test(file) ? "stderr" : undefined;
}
/** Output files that cannot be written, found before the scan runs rather than after. */
function outputProblems(args, cwd) {
    const named = [
        ...args.outputs.flatMap((output) => (output.file === undefined ? [] : [{ what: `the ${output.format} report`, file: output.file }])),
        ...(args.writeBaseline === undefined ? [] : [{ what: "the baseline", file: args.writeBaseline }]),
    ];
    return named
        .map(({ what, file }) => {
        if (standardStream(file))
            return "";
        const target = file === "" ? writeTarget("") : writeTarget(path.resolve(cwd, file));
        return target.how === "refuse" ? cannotWrite(what, file, target.reason) : "";
    })
        .join("");
}
/**
 * Writes every report; a message per file that could not be written (the exit code is then 2).
 * `color`: --color or --no-color; files are never coloured.
 */
async function writeOutputs(outputs, report, io, color) {
    let problems = "";
    for (const output of outputs) {
        const colored = output.file === undefined && output.format === "stylish" && (color ?? shouldUseColor(io.stdout, io.env));
        const text = formatters[output.format](report, { color: colored });
        const stream = output.file === undefined ? "stdout" : standardStream(output.file);
        if (stream || output.file === undefined) {
            io[stream ?? "stdout"].write(text);
            continue;
        }
        const written = await writeFileAtomic(path.resolve(io.cwd, output.file), text);
        if (!written.ok)
            problems += cannotWrite(`the ${output.format} report`, output.file, written.reason);
    }
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && outputs.some((output) => output.format === "github")) {
        try {
            appendFileSync(summaryFile, formatStepSummary(report));
        }
        catch (error) {
            problems += cannotWrite("the job summary", summaryFile, error.message);
        }
    }
    return problems;
}
const NOTHING_SCANNED = { findings: [], files: [], listeners: [], diagnostics: [], codeFiles: [] };
/** Code on stdin (`--stdin-filename src/a.ts`) is linted like a file of that name, as ESLint does. */
function codeOnStdin(stdin, cwd) {
    if (stdin?.filename === undefined || !isCodeName(path.posix.basename(stdin.filename)))
        return undefined;
    return { path: stdin.filename, absolute: path.resolve(cwd, stdin.filename), bytes: stdin.bytes };
}
async function runScan(args, io) {
    const config = await loadScanPolicies({
        cwd: io.cwd,
        ...(args.config !== undefined ? { configPath: args.config } : {}),
        ...(args.preset !== undefined ? { preset: args.preset } : {}),
        ...(!args.configLookup ? { noConfigLookup: true } : {}),
    });
    if (!config.ok)
        return config.message;
    const { policy, policyFor } = config.policies;
    const changed = args.changedSince === undefined ? undefined : await changedSince(args.changedSince, io.cwd);
    if (changed && !changed.ok)
        return `port-policy scan: ${changed.error}\n`;
    const stdin = args.paths.includes("-")
        ? { bytes: await readStdin(io), ...(args.stdinFilename ? { filename: args.stdinFilename.split("\\").join("/") } : {}) }
        : undefined;
    const keepTexts = args.baseline !== undefined || args.writeBaseline !== undefined;
    const stdinCode = args.code ? codeOnStdin(stdin, io.cwd) : undefined;
    const others = stdinCode ? args.paths.filter((given) => given !== "-") : args.paths;
    const result = stdinCode && others.length === 0 ? NOTHING_SCANNED : scanPaths(others, {
        cwd: io.cwd,
        env: io.env,
        policy,
        ...(policyFor ? { policyFor } : {}),
        ignore: args.ignore,
        envFiles: args.envFiles,
        code: args.code,
        includeVendored: args.includeVendored,
        followExternalLinks: args.followExternalLinks,
        keepTexts,
        ...(stdin && !stdinCode ? { stdin } : {}),
        ...(changed ? { changed: changed.files } : {}),
    });
    // Discovery lists regular files only, so reading needs no fstat first.
    // A file named on the command line is linted whatever it is; a walked one that a tool wrote is not.
    const codeFiles = result.codeFiles.map((file) => ({ path: file.path, absolute: file.absolute, regular: true, skipGenerated: !file.explicit && !args.includeVendored }));
    if (stdinCode)
        codeFiles.push(stdinCode);
    // Each file gets its nearest config's policy (or --config's), handed to the rules as settings.
    const code = await lintCode(codeFiles, { policyFor: policyFor ? (file) => policyFor(file.absolute) : () => policy, keepTexts });
    if (!code.ok)
        return code.error;
    const problems = config.policies.problems();
    if (problems !== undefined)
        return problems;
    return {
        findings: [...result.findings, ...code.findings].sort(compareFindings),
        files: [...result.files, ...code.files],
        diagnostics: [...result.diagnostics, ...code.notes],
        texts: new Map([...(result.texts ?? []), ...code.texts]),
    };
}
export async function scan(argv, io) {
    const parsed = parseScanArgs(argv, io.env);
    if (!parsed.ok) {
        io.stderr.write(`port-policy scan: ${parsed.error}\n\n${USAGE}`);
        return 2;
    }
    const { args } = parsed;
    if (args.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    const baseline = args.baseline === undefined ? undefined : readBaseline(args.baseline, io.cwd);
    if (baseline && !baseline.ok) {
        io.stderr.write(`port-policy scan: ${escapeControl(baseline.error)}\n`);
        return 2;
    }
    const unwritable = outputProblems(args, io.cwd);
    if (unwritable) {
        io.stderr.write(unwritable);
        return 2;
    }
    const result = await runScan(args, io);
    if (typeof result === "string") {
        // Configuration errors quote values from the config file: its line breaks are ours, the rest
        // is shown escaped.
        io.stderr.write(escapeControlKeepingLines(result));
        return 2;
    }
    if (args.verbose) {
        for (const note of result.diagnostics)
            io.stderr.write(`${escapeControl(note.path)}: ${escapeControl(note.message)}\n`);
        io.stderr.write(`${result.files.length} file(s) scanned, ${result.diagnostics.length} skipped or noted.\n`);
    }
    const entryTextOf = entryTextsFrom(result.texts);
    if (args.writeBaseline !== undefined) {
        const recorded = createBaseline(result.findings, entryTextOf);
        const written = await writeFileAtomic(path.resolve(io.cwd, args.writeBaseline), `${JSON.stringify(recorded, null, 2)}\n`);
        if (!written.ok) {
            io.stderr.write(cannotWrite("the baseline", args.writeBaseline, written.reason));
            return 2;
        }
        io.stderr.write(`port-policy scan: wrote ${recorded.findings.length} finding(s) to the baseline ${escapeControl(args.writeBaseline)}.\n`);
        return 0;
    }
    const gated = gate(result.findings, { quiet: args.quiet, reportUnusedDirectives: args.reportUnusedDirectives, ...(baseline ? { baseline: baseline.baseline } : {}) }, entryTextOf);
    const { name, version } = packageInfo();
    const report = {
        findings: gated.findings,
        files: result.files,
        tool: { name, version },
        cwd: io.cwd,
        ...(args.automationId !== undefined ? { automationId: args.automationId } : {}),
        ...(gated.baseline ? { baseline: gated.baseline } : {}),
    };
    const unwritten = await writeOutputs(args.outputs, report, io, args.color);
    if (unwritten) {
        io.stderr.write(unwritten);
        return 2;
    }
    const exitCode = exitCodeFor(gated.findings, args.maxWarnings);
    const tooMany = exitCode === 1 ? tooManyWarnings(gated.findings, args.maxWarnings) : undefined;
    if (tooMany)
        io.stderr.write(`port-policy scan: ${tooMany}\n`);
    return exitCode;
}
/** Why a run without errors failed: "3 warnings, more than --max-warnings 0." (ESLint says "too many warnings"). */
function tooManyWarnings(findings, maxWarnings) {
    if (maxWarnings === undefined || findings.some((finding) => finding.severity === "error"))
        return undefined;
    const warnings = findings.filter((finding) => finding.severity === "warning").length;
    return warnings > maxWarnings ? `${warnings} ${warnings === 1 ? "warning" : "warnings"}, more than --max-warnings ${maxWarnings}.` : undefined;
}
