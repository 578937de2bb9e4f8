// `port-policy scan [paths…]`: scans compose, Kubernetes, GitHub Actions, .env and JS/TS files and
// writes one report per --format. Exit codes (DESIGN.md): 0 no error-level finding; 1 error-level
// findings, a file that could not be checked, or more warnings than --max-warnings; 2 usage or
// configuration error. Options and --help live in scan-options.ts.
import { appendFileSync, readFileSync } from "node:fs";
import path from "node:path";
import { createBaseline, parseBaseline } from "../baseline.js";
import { loadScanPolicies } from "../config/scan-policies.js";
import { formatStepSummary, formatters, shouldUseColor } from "../report/index.js";
import { changedSince } from "../scan/changed-files.js";
import { compareFindings } from "../core/evaluate.js";
import { scanPaths } from "../scan/index.js";
import { lintCode } from "../scan/lint-code.js";
import { MAX_FILE_BYTES } from "../scan/read-source.js";
import { packageInfo } from "../version.js";
import { exitCodeFor, gate, lineTextReader } from "./gate.js";
import { USAGE, parseScanArgs } from "./scan-options.js";
import { writeFileAtomic } from "./write-file-atomic.js";
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
function readBaseline(file, cwd) {
    let text;
    try {
        text = readFileSync(path.resolve(cwd, file), "utf8");
    }
    catch (error) {
        return { ok: false, error: `cannot read baseline ${file}: ${error.message}` };
    }
    const parsed = parseBaseline(text);
    return parsed.ok ? parsed : { ok: false, error: `baseline ${file}: ${parsed.error}` };
}
/** `color`: --color or --no-color; files are never coloured. */
function writeOutputs(outputs, report, io, color) {
    for (const output of outputs) {
        const colored = output.file === undefined && output.format === "stylish" && (color ?? shouldUseColor(io.stdout, io.env));
        const text = formatters[output.format](report, { color: colored });
        if (output.file === undefined)
            io.stdout.write(text);
        else
            writeFileAtomic(path.resolve(io.cwd, output.file), text);
    }
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && outputs.some((output) => output.format === "github"))
        appendFileSync(summaryFile, formatStepSummary(report));
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
    const result = scanPaths(args.paths, {
        cwd: io.cwd,
        env: io.env,
        policy,
        ...(policyFor ? { policyFor } : {}),
        ignore: args.ignore,
        envFiles: args.envFiles,
        code: args.code,
        ...(stdin ? { stdin } : {}),
        ...(changed ? { changed: changed.files } : {}),
    });
    const code = await lintCode(result.codeFiles, policy, io.cwd);
    const problems = config.policies.problems();
    if (problems !== undefined)
        return problems;
    return {
        findings: [...result.findings, ...code.findings].sort(compareFindings),
        files: [...result.files, ...code.files],
        diagnostics: result.diagnostics,
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
        io.stderr.write(`port-policy scan: ${baseline.error}\n`);
        return 2;
    }
    const result = await runScan(args, io);
    if (typeof result === "string") {
        io.stderr.write(result);
        return 2;
    }
    if (args.verbose) {
        for (const note of result.diagnostics)
            io.stderr.write(`${note.path}: ${note.message}\n`);
        io.stderr.write(`${result.files.length} file(s) scanned, ${result.diagnostics.length} skipped or noted.\n`);
    }
    const lineTextOf = lineTextReader(io.cwd);
    if (args.writeBaseline !== undefined) {
        const recorded = createBaseline(result.findings, lineTextOf);
        writeFileAtomic(path.resolve(io.cwd, args.writeBaseline), `${JSON.stringify(recorded, null, 2)}\n`);
        io.stderr.write(`port-policy scan: wrote ${recorded.findings.length} finding(s) to the baseline ${args.writeBaseline}.\n`);
        return 0;
    }
    const gated = gate(result.findings, { quiet: args.quiet, reportUnusedDirectives: args.reportUnusedDirectives, ...(baseline ? { baseline: baseline.baseline } : {}) }, lineTextOf);
    const { name, version } = packageInfo();
    const report = {
        findings: gated.findings,
        files: result.files,
        tool: { name, version },
        cwd: io.cwd,
        ...(args.automationId !== undefined ? { automationId: args.automationId } : {}),
        ...(gated.baseline ? { baseline: gated.baseline } : {}),
    };
    writeOutputs(args.outputs, report, io, args.color);
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
