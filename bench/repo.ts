// `port-policy scan` at repository scale (issue 14), the built CLI in fresh processes as users run
// it, against `scan --no-code` on the same tree (goal ≤ 2×), with peak RSS (goal ≤ 300 MB):
//
//   npm run bench:repo [-- --rounds 5 --files 5000 --rss-files 20000 --real <dir>… --safety-all]
//
// Trees: a generated TypeScript monorepo (bench/monorepo-tree.ts, ~1% of files with listeners)
// and the real repositories given with --real (default: /work/realworld/typeorm+typeorm, a
// 3,583-file ORM, when present). Rounds alternate the two commands so that a slow spell of the
// machine hits both; medians, ranges and the median of per-round ratios are printed. Then:
// - the pre-commit case: `scan <one TS file without a listener>` against `scan --no-code
//   docker-compose.yml` (goal ≤ 1.5×);
// - peak RSS of a scan of a generated tree of --rss-files files;
// - ESLint's own `concurrency` option on the files that pass the prefilter (scan's sequential
//   Linter against ESLint's lintFiles with concurrency off and 2 workers), to decide whether it
//   pays for its workers' start-up here;
// - the prefilter's safety check (test/rules/utils/prefilter-safety.ts) over every JS/TS file of
//   the real trees, or of every repository in /work/realworld with --safety-all.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateMonorepo } from "./monorepo-tree.js";
import { checkPrefilter, codeFilesUnder } from "../test/rules/utils/prefilter-safety.js";
import { mayOpenListener } from "../rules/utils/listener-prefilter.js";

const BIN = fileURLToPath(new URL("../bin/port-policy.js", import.meta.url));
const RSS = fileURLToPath(new URL("./report-rss.mjs", import.meta.url));
const GENERATED = fileURLToPath(new URL("./.generated/", import.meta.url));
const REALWORLD = "/work/realworld";

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(argv[at + 1]);
};
const ROUNDS = option("rounds", 5);
const FILES = option("files", 5000);
const RSS_FILES = option("rss-files", 20_000);
const reals = argv.flatMap((arg, i) => (argv[i - 1] === "--real" ? [arg] : []));
const REAL = reals.length > 0 ? reals : [join(REALWORLD, "typeorm+typeorm")].filter(existsSync);

interface Run {
  ms: number;
  rssMb: number;
  status: number | null;
}

/** One CLI run in a fresh process: wall time as a user waits for it, and the child's peak RSS. */
function cli(cwd: string, args: readonly string[]): Run {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ["--import", RSS, BIN, ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = Number(/maxrss-kb=(\d+)/.exec(result.stderr)?.[1] ?? NaN);
  if (result.status !== 0 && result.status !== 1) throw new Error(`port-policy ${args.join(" ")} in ${cwd}: exit ${result.status}\n${result.stderr}`);
  return { ms, rssMb: kb / 1024, status: result.status };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const range = (values: readonly number[]): string => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

/** Alternating rounds of two commands; prints medians, ranges and ratios. */
function compare(label: string, cwd: string, subject: readonly string[], baseline: readonly string[], goal: number): void {
  cli(cwd, baseline);
  cli(cwd, subject);
  const a: Run[] = [];
  const b: Run[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    b.push(cli(cwd, baseline));
    a.push(cli(cwd, subject));
  }
  const ratio = median(a.map((run) => run.ms)) / median(b.map((run) => run.ms));
  const paired = median(a.map((run, i) => run.ms / b[i]!.ms));
  console.log(`${label}`);
  console.log(`  port-policy ${subject.join(" ")}: median ${median(a.map((r) => r.ms)).toFixed(0)} ms (${range(a.map((r) => r.ms))}), peak RSS ${median(a.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  port-policy ${baseline.join(" ")}: median ${median(b.map((r) => r.ms)).toFixed(0)} ms (${range(b.map((r) => r.ms))}), peak RSS ${median(b.map((r) => r.rssMb)).toFixed(0)} MB`);
  console.log(`  ratio ${ratio.toFixed(2)}× (goal ≤ ${goal}×) ${ratio <= goal ? "ok" : "OVER GOAL"}; median of per-round ratios ${paired.toFixed(2)}×`);
}

function passingFiles(root: string): string[] {
  return codeFilesUnder(root).filter((file) => mayOpenListener(readFileSync(file, "utf8"), file));
}

// --lint-child <variant> <list file>: lints the listed files one way, in this fresh process.
async function lintChild(variant: string, list: string): Promise<void> {
  const files = readFileSync(list, "utf8").split("\n").filter(Boolean);
  if (variant === "scan") {
    const { lintCode } = (await import(new URL("../dist/src/scan/lint-code.js", import.meta.url).href)) as typeof import("../src/scan/lint-code.js");
    const { PRESETS } = (await import(new URL("../dist/src/core/presets/index.js", import.meta.url).href)) as typeof import("../src/core/presets/index.js");
    await lintCode(
      files.map((absolute) => ({ path: absolute, absolute })),
      { policyFor: () => PRESETS.recommended! },
    );
    return;
  }
  const require = createRequire(import.meta.url);
  const { ESLint } = require("eslint") as typeof import("eslint");
  process.env.PORT_POLICY_BENCH_CONCURRENCY = variant;
  const eslint = await ESLint.fromOptionsModule(pathToFileURL(writeOptionsModule()));
  await eslint.lintFiles(files);
}

/** ESLint options for its workers, which must import them (plugins cannot be cloned to them). */
function writeOptionsModule(): string {
  const require = createRequire(import.meta.url);
  const file = join(GENERATED, "eslint-options.mjs");
  const plugin = pathToFileURL(fileURLToPath(new URL("../dist/src/index.js", import.meta.url))).href;
  const parser = pathToFileURL(require.resolve("@typescript-eslint/parser")).href;
  writeFileSync(
    file,
    `import plugin from ${JSON.stringify(plugin)};
import * as tsParser from ${JSON.stringify(parser)};
const concurrency = process.env.PORT_POLICY_BENCH_CONCURRENCY === "off" ? "off" : Number(process.env.PORT_POLICY_BENCH_CONCURRENCY);
export default {
  cwd: "/", overrideConfigFile: true, ignore: false, errorOnUnmatchedPattern: false, concurrency,
  overrideConfig: [
    { files: ["**/*.js", "**/*.jsx", "**/*.mjs", "**/*.cjs"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"], languageOptions: { parser: tsParser.default ?? tsParser } },
    ...plugin.configs.recommended,
    { linterOptions: { reportUnusedDisableDirectives: "off" } },
  ],
};
`,
  );
  return file;
}

function concurrency(label: string, root: string): void {
  const files = passingFiles(root);
  // ESLint given no files would lint its cwd (here "/"): there is nothing to compare.
  if (files.length === 0) return void console.log(`${label}: no file passes the prefilter; nothing to lint`);
  const list = join(GENERATED, "passing-files.txt");
  writeFileSync(list, files.join("\n"));
  const variants = ["scan", "off", "2"];
  const times = new Map<string, number[]>(variants.map((variant) => [variant, []]));
  for (let round = 0; round < Math.max(3, Math.ceil(ROUNDS / 2)); round++) {
    for (const variant of variants) {
      const start = process.hrtime.bigint();
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--lint-child", variant, list], { encoding: "utf8" });
      if (child.status !== 0) throw new Error(`lint child ${variant}: ${child.stderr}`);
      times.get(variant)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  const base = median(times.get("scan")!);
  console.log(`${label}: ${files.length} files pass the prefilter; each way in a fresh process, including ESLint's start-up`);
  for (const variant of variants) {
    const ms = times.get(variant)!;
    const name = variant === "scan" ? "scan's Linter, one file at a time" : `ESLint lintFiles, concurrency ${variant}`;
    console.log(`  ${name.padEnd(40)} median ${median(ms).toFixed(0)} ms (${range(ms)})  ${(median(ms) / base).toFixed(2)}×`);
  }
}

function safety(roots: readonly string[]): void {
  let total = { files: 0, passed: 0, skipped: 0, withListeners: 0, listeners: 0, unparsed: 0 };
  const missed: string[] = [];
  for (const root of roots) {
    const tally = checkPrefilter(codeFilesUnder(root));
    missed.push(...tally.missed);
    total = {
      files: total.files + tally.files,
      passed: total.passed + tally.passed,
      skipped: total.skipped + tally.skipped,
      withListeners: total.withListeners + tally.withListeners,
      listeners: total.listeners + tally.listeners,
      unparsed: total.unparsed + tally.unparsed,
    };
  }
  console.log(
    `prefilter safety over ${roots.length} real tree(s): ${total.files} files read, ${total.passed} passed to ESLint, ${total.skipped} skipped; ` +
      `${total.withListeners} files with ${total.listeners} listener sites; files with listeners skipped: ${missed.length} ${missed.length === 0 ? "ok" : "UNSAFE"}` +
      `; ${total.unparsed} files the full analysis could not parse`,
  );
  for (const file of missed) console.log(`  MISSED ${file}`);
}

async function main(): Promise<void> {
  mkdirSync(GENERATED, { recursive: true });
  const tree = generateMonorepo(FILES);
  console.log(`generated monorepo: ${tree.files} files, ${tree.listenerFiles} with listeners (${((tree.listenerFiles / tree.files) * 100).toFixed(1)}%)`);
  compare(`generated monorepo (${tree.files} files)`, tree.root, ["scan", "--format", "json"], ["scan", "--no-code", "--format", "json"], 2);
  for (const real of REAL) compare(`${real} (${codeFilesUnder(real).length} JS/TS files)`, real, ["scan", "--format", "json"], ["scan", "--no-code", "--format", "json"], 2);
  compare("pre-commit: one changed TS file without a listener", tree.root, ["scan", tree.quietFile, "--format", "json"], ["scan", "--no-code", "docker-compose.yml", "--format", "json"], 1.5);
  const big = generateMonorepo(RSS_FILES);
  const run = cli(big.root, ["scan", "--format", "json"]);
  console.log(`generated monorepo (${big.files} files): one scan ${run.ms.toFixed(0)} ms, peak RSS ${run.rssMb.toFixed(0)} MB (goal ≤ 300 MB) ${run.rssMb <= 300 ? "ok" : "OVER GOAL"}`);
  concurrency(`concurrency on the generated monorepo (${tree.files} files)`, tree.root);
  for (const real of REAL) concurrency(`concurrency on ${real}`, real);
  const all = argv.includes("--safety-all") && existsSync(REALWORLD);
  const roots = all
    ? readdirSync(REALWORLD)
        .filter((name) => name.includes("+") && statSync(join(REALWORLD, name)).isDirectory())
        .map((name) => join(REALWORLD, name))
    : REAL;
  if (roots.length > 0) safety(roots);
}

if (argv[0] === "--lint-child") await lintChild(argv[1]!, argv[2]!);
else await main();
