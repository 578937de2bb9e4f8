// Cold-start cost of `port-policy explain 5432`, as a ratio to `node -e 0` measured in the same run
// (goal: ≤ 2.5×). Runs the built bin, so run `npm run build` first; this script builds nothing.
//
//   npm run build && npm run bench:explain [-- <runs per command, default 20>]
//
// The two commands alternate so that machine noise hits both alike; the median of each is compared.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const BUILT_CLI = new URL("../dist/src/cli.js", import.meta.url);
const RUNS = Number(process.argv[2] ?? 20);
const WARM_UP = 3;
const GOAL = 2.5;

const COMMANDS = {
  "node -e 0": ["-e", "0"],
  "port-policy explain 5432": ["bin/port-policy.js", "explain", "5432"],
} as const;

type Name = keyof typeof COMMANDS;

function timeOnce(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(" ")} exited ${result.status}: ${result.stderr.toString()}`);
  }
  return elapsed;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function main(): void {
  if (!existsSync(BUILT_CLI)) {
    process.stderr.write("dist/ is missing: run `npm run build` first.\n");
    process.exitCode = 2;
    return;
  }
  const names = Object.keys(COMMANDS) as Name[];
  for (let run = 0; run < WARM_UP; run++) for (const name of names) timeOnce(COMMANDS[name]);
  const times: Record<Name, number[]> = { "node -e 0": [], "port-policy explain 5432": [] };
  for (let run = 0; run < RUNS; run++) for (const name of names) times[name].push(timeOnce(COMMANDS[name]));
  const baseline = median(times["node -e 0"]);
  const explain = median(times["port-policy explain 5432"]);
  const ratio = explain / baseline;
  for (const name of names) process.stdout.write(`${name.padEnd(26)} median ${median(times[name]).toFixed(1)} ms over ${RUNS} runs\n`);
  process.stdout.write(`ratio ${ratio.toFixed(2)}× (goal ≤ ${GOAL}×)${ratio <= GOAL ? "" : "  OVER GOAL"}\n`);
}

main();
