// Two or more ESLint configurations timed file by file, interleaved: each file is linted by every
// configuration in turn (the order rotated from file to file), and each configuration's time is
// the sum over the files. Whole-run rounds of ten seconds each differ by ±7–15% on this machine,
// far more than the 1% being measured; interleaving at the scale of one file's lint (milliseconds)
// makes a slow stretch of the machine hit every configuration alike. What remains is the garbage
// collector: scavenges are a fifth of an ESLint run here (--trace-gc), and each lands on whichever
// lint fills the young generation, whoever made the garbage. So, when the process has
// --expose-gc, a minor collection runs before every timed lint (untimed), and each lint pays for
// the scavenges of its own allocations. What remains is a per-round spread of about a percent,
// of the size being measured: a second, identical instance of the baseline (the control) shows
// it, and a configuration is judged by what it adds beyond the control, round by round.
import type { ESLint } from "eslint";

type MinorGc = (options: { type: "minor" }) => void;
/** `gc` as --expose-gc defines it; without the flag, collections fall where they fall. */
const collectYoung = (globalThis as { gc?: MinorGc }).gc;

export interface SourceFile {
  path: string;
  text: string;
}

/** Per round, each configuration's summed time in ms. One warm-up pass over every file first. */
export async function pairedPerFile<Name extends string>(linters: Record<Name, ESLint>, files: readonly SourceFile[], rounds: number): Promise<Record<Name, number>[]> {
  const names = Object.keys(linters) as Name[];
  for (const name of names) for (const file of files) await linters[name].lintText(file.text, { filePath: file.path });
  const sums: Record<Name, number>[] = [];
  for (let round = 0; round < rounds; round++) {
    const sum = Object.fromEntries(names.map((name) => [name, 0])) as Record<Name, number>;
    for (const [index, file] of files.entries()) {
      // Rotated, so that every configuration takes every place in the order alike.
      const shift = index % names.length;
      for (const name of [...names.slice(shift), ...names.slice(0, shift)]) {
        collectYoung?.({ type: "minor" });
        const start = process.hrtime.bigint();
        await linters[name].lintText(file.text, { filePath: file.path });
        sum[name] += Number(process.hrtime.bigint() - start) / 1e6;
      }
    }
    sums.push(sum);
  }
  return sums;
}

/**
 * Percent added per round, mean and its standard error: `name` against `baseline`, less what
 * `control` (an identical copy of the baseline) came out at in the same round, when given.
 */
export function addedPercent<Name extends string>(sums: readonly Record<Name, number>[], name: Name, baseline: Name, control?: Name) {
  const added = (sum: Record<Name, number>, of: Name): number => (sum[of] / sum[baseline] - 1) * 100;
  const perRound = sums.map((sum) => added(sum, name) - (control === undefined ? 0 : added(sum, control)));
  const mean = perRound.reduce((a, b) => a + b, 0) / perRound.length;
  const variance = perRound.reduce((total, value) => total + (value - mean) ** 2, 0) / Math.max(1, perRound.length - 1);
  return { perRound, mean, standardError: Math.sqrt(variance / perRound.length) };
}
