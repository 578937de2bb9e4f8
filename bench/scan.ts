// The scanner's cost as a ratio to a bare `yaml` parse of the same files, in the same process
// (issue 3, goal ≤ 1.5×), and the peak memory of the run (goal ≤ 300 MB).
//
//   npm run bench:scan [-- <rounds, default 7>]
//
// Generates (deterministically) 12,000 files shaped like ../shared/corpus (bench/corpus.ts). Then,
// alternating, it times (a) reading every file and parsing it with its parser (`parseAllDocuments`
// for YAML, dockerfile-ast for Dockerfiles; env files are only read), and (b) `scanPaths` as it ships in dist/ (discovery, reading, parsing, kind detection, front
// ends, evaluate; see built.ts), after two warm-up runs of each and a forced GC before every
// timed run. Both sides read the same files from disk in every round; the medians are compared,
// in wall-clock time and in CPU time (process.cpuUsage: less sensitive to other work on the machine).
// Peak memory is measured in a child process that runs one scan.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { parseAllDocuments } from "yaml";
import { PRESETS, scanPaths } from "./built.js";
import { generate, ROOT } from "./corpus.js";

const ROUNDS = Number(process.argv[2] ?? 7);
const WARM_UP_ROUNDS = 2;
const GOAL_RATIO = 1.5;
const GOAL_RSS_MB = 300;

const { DockerfileParser } = createRequire(import.meta.url)("dockerfile-ast") as typeof import("dockerfile-ast");

function bareParse(files: readonly string[]): number {
  let documents = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".yaml") || file.endsWith(".yml")) documents += parseAllDocuments(text).length;
    else if (/(?:^|\/)Dockerfile[^/]*$/.test(file)) documents += DockerfileParser.parse(text).getInstructions().length > 0 ? 1 : 0;
  }
  return documents;
}

function fullScan(): { files: number; listeners: number; findings: number } {
  const result = scanPaths(["."], { cwd: ROOT, env: {}, policy: PRESETS.recommended! });
  return { files: result.files.length, listeners: result.listeners.length, findings: result.findings.length };
}

/**
 * With --expose-gc (the npm script passes it), a full collection before each timed run, so that
 * neither side pays for the garbage the other left behind.
 */
function time<T>(run: () => T): { ms: number; cpuMs: number; value: T } {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpuMs: (used.user + used.system) / 1000, value };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// `--child`: one scan in a fresh process, reporting its peak RSS (the parent's RSS also holds the
// bare-parse rounds and the generator's garbage).
if (process.argv.includes("--child")) {
  fullScan();
  console.log(JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const files = generate();
const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`corpus: ${files.length} files (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${readdirSync(ROOT).length - 1} project directories`);

// Warm-up: JIT and file cache for both paths, twice each.
for (let round = 0; round < WARM_UP_ROUNDS; round++) bareParse(files);
const shape = fullScan();
fullScan();
console.log(`scan: ${shape.files} files scanned, ${shape.listeners} listeners, ${shape.findings} findings`);

// Alternating rounds, so that a slow spell of the machine (other work on its 2 cores) hits both.
const bare: number[] = [];
const scan: number[] = [];
const bareCpu: number[] = [];
const scanCpu: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const parsed = time(() => bareParse(files));
  const scanned = time(fullScan);
  bare.push(parsed.ms);
  bareCpu.push(parsed.cpuMs);
  scan.push(scanned.ms);
  scanCpu.push(scanned.cpuMs);
}
const ratio = median(scan) / median(bare);
// Each round's own ratio too: less sensitive to load that drifts over the run.
const paired = median(scan.map((ms, round) => ms / bare[round]!));
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child"], { encoding: "utf8" });
const peakMb = (JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { maxRssMb: number }).maxRssMb;
const cpuRatio = median(scanCpu) / median(bareCpu);
console.log(`bare read+parse:  median ${median(bare).toFixed(0)} ms (${bare.map((ms) => ms.toFixed(0)).join(", ")})`);
console.log(`port-policy scan: median ${median(scan).toFixed(0)} ms (${scan.map((ms) => ms.toFixed(0)).join(", ")})`);
console.log(`ratio: ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×) ${ratio <= GOAL_RATIO ? "ok" : "OVER GOAL"}; median of per-round ratios ${paired.toFixed(2)}×`);
console.log(`CPU time: bare ${median(bareCpu).toFixed(0)} ms, scan ${median(scanCpu).toFixed(0)} ms, ratio ${cpuRatio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×) ${cpuRatio <= GOAL_RATIO ? "ok" : "OVER GOAL"}`);
console.log(`peak RSS of one scan in a fresh process: ${peakMb.toFixed(0)} MB (goal ≤ ${GOAL_RSS_MB} MB) ${peakMb <= GOAL_RSS_MB ? "ok" : "OVER GOAL"}`);
console.log("dclint comparison: npm run bench:dclint");
