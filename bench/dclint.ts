// port-policy scan against dclint (docker-compose-linter) on the compose part of the generated
// corpus (issue 3, goal: port-policy at least 50× faster). dclint is a devDependency used only here.
//
//   npm run bench:dclint [-- <compose files for dclint, default 200>]
//
// dclint 3.1.0 exports its linter class (`DCLinter`, the same one its CLI runs, with the CLI's
// default config: every rule at its default level). It reads, parses (yaml's parseDocument +
// toJS) and schema-validates each file, compiling the compose JSON schema with ajv per file, which
// is why it takes ~100 ms a file; all 2,000 compose files would take minutes, so it lints a sample
// (the base and override files of the first projects) and its time for the whole compose part is
// extrapolated from its per-file time. port-policy scans the same sample, as file arguments, and
// also the whole compose part, measured. The ratio is per file on the same sample.
import { readdirSync } from "node:fs";
import { relative } from "node:path";
import { DCLinter } from "dclint";
import { PRESETS, scanPaths } from "./built.js";
import { generate, ROOT } from "./corpus.js";

const SAMPLE = Number(process.argv[2] ?? 200);
const GOAL = 50;
const COMPOSE_NAME = /^compose(?:\.override)?\.yaml$/;

function time(run: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function portPolicy(files: readonly string[]): number {
  const paths = files.map((file) => relative(ROOT, file).split("\\").join("/"));
  return scanPaths(paths, { cwd: ROOT, env: {}, policy: PRESETS.recommended! }).findings.length;
}

const compose = generate().filter((file) => COMPOSE_NAME.test(file.slice(file.lastIndexOf("/") + 1)));
const sample = compose.slice(0, SAMPLE);
console.log(`compose files: ${compose.length} in ${readdirSync(ROOT).length - 1} projects; dclint sample: ${sample.length}`);

const linter = new DCLinter({ rules: {}, quiet: false, debug: false, exclude: [] });
const lint = (files: readonly string[]) => linter.lintFiles([...files], false).reduce((sum: number, result: { messages: readonly unknown[] }) => sum + result.messages.length, 0);

// Warm-up: JIT and file cache for both tools.
lint(sample.slice(0, 10));
portPolicy(sample);
portPolicy(compose);

const dclintMs = time(() => console.log(`dclint: ${lint(sample)} messages on the sample`));
const samplePp = [0, 1, 2, 3, 4].map(() => time(() => portPolicy(sample)));
const allPp = [0, 1, 2].map(() => time(() => portPolicy(compose)));
console.log(`port-policy: ${portPolicy(sample)} findings on the sample`);

const dclintPerFile = dclintMs / sample.length;
const ppPerFile = median(samplePp) / sample.length;
const ratio = dclintPerFile / ppPerFile;
console.log(`dclint, ${sample.length} files (one run): ${dclintMs.toFixed(0)} ms, ${dclintPerFile.toFixed(1)} ms a file`);
console.log(`port-policy scan, same ${sample.length} files: median ${median(samplePp).toFixed(1)} ms (${samplePp.map((ms) => ms.toFixed(1)).join(", ")}), ${ppPerFile.toFixed(2)} ms a file`);
console.log(`ratio on the same files: dclint takes ${ratio.toFixed(0)}× as long (goal ≥ ${GOAL}×) ${ratio >= GOAL ? "ok" : "UNDER GOAL"}`);
const extrapolated = dclintPerFile * compose.length;
const allMedian = median(allPp);
console.log(
  `all ${compose.length} compose files: port-policy ${allMedian.toFixed(0)} ms (measured); dclint ~${(extrapolated / 1000).toFixed(0)} s ` +
    `(extrapolated from its per-file time, not measured): ~${(extrapolated / allMedian).toFixed(0)}×`,
);
console.log("(port-policy also reads each project's .env for interpolation, as Compose does; dclint reads only the compose files.)");
