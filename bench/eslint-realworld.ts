// The plugin's cost on real code: ESLint with js.recommended alone, then with port-policy's
// recommended config added, over the same real files, rounds alternating so machine noise hits
// both alike. Prints the median time of each and the added percentage (goal: ≤ 5%). Following
// local imports is included: the collector's module caches are emptied before every round, as a
// new ESLint process starts with them empty.
//
//   npm run bench:eslint-real [-- --rounds 7] [--files 400] [--listeners] [--against <checkout>] [<dir>...]
//
// The directories are read, not linted in place by anything but ESLint; files are chosen by a
// fixed rule (sorted paths, every k-th JS/TS file up to --files), so runs compare. Without
// directories, every repository extracted under /work/realworld is used; with none present it
// says so and exits 0. With --listeners only files that pass the text prefilter are chosen (the
// ones the collector really walks: real servers, configs), the worst case for the plugin's cost.
// Uses the built plugin (the npm script builds); `--against` adds the built plugin of another
// checkout (say, the session's start) to the same rounds.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import js from "@eslint/js";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { mayOpenListener } from "../rules/utils/listener-prefilter.js";
import type * as Plugin from "../src/index.js";
import type * as LocalModules from "../rules/utils/local-modules.js";
import type * as Resolution from "../rules/utils/module-resolution.js";

// The built plugin, as it ships (see built.ts).
const load = async <T>(href: string): Promise<T> => (await import(href)) as T;

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  if (at === -1) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const ROUNDS = Number(option("--rounds") ?? 7);
const FILES = Number(option("--files") ?? 400);
const AGAINST = option("--against");
const LISTENERS = args.includes("--listeners");
const REALWORLD = "/work/realworld";
const given = args.filter((arg) => !arg.startsWith("--"));
const dirs = (given.length > 0 || !existsSync(REALWORLD) ? given : readdirSync(REALWORLD).filter((name) => name.includes("+")).map((name) => path.join(REALWORLD, name))).filter((dir) => existsSync(dir));

interface Built {
  plugin: typeof Plugin.default;
  /** Empties the module caches; a build without them (before local modules) has none to empty. */
  clear: () => void;
}

async function built(root: URL): Promise<Built> {
  const { default: plugin } = await load<typeof Plugin>(new URL("dist/src/index.js", root).href);
  const optional = async <T>(file: string): Promise<Partial<T>> => (await load<T>(new URL(file, root).href).catch(() => ({}))) as Partial<T>;
  const { clearLocalModules } = await optional<typeof LocalModules>("dist/rules/utils/local-modules.js");
  const { clearResolutionCaches } = await optional<typeof Resolution>("dist/rules/utils/module-resolution.js");
  return { plugin, clear: () => (clearLocalModules?.(), clearResolutionCaches?.()) };
}

const ours = await built(new URL("../", import.meta.url));
const theirs = AGAINST ? await built(pathToFileURL(`${path.resolve(AGAINST)}/`)) : undefined;

const SOURCE = /\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/;
const SKIP = /(?:^|\/)(?:node_modules|dist|build|coverage|\.git|vendor|client-dist)(?:\/|$)|\.min\.js$|\.d\.ts$/;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (SKIP.test(file)) continue;
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory()) yield* walk(file);
    else if (stat?.isFile() && stat.size < 200_000 && SOURCE.test(name)) yield file;
  }
}

function pick(all: string[]): string[] {
  const step = Math.max(1, Math.floor(all.length / FILES));
  return all.filter((_, index) => index % step === 0).slice(0, FILES);
}

const TS = ["**/*.{ts,mts,cts,tsx}"];
const base: Linter.Config[] = [
  { files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"], ...js.configs.recommended },
  { files: TS, languageOptions: { parser: tseslint.parser as Linter.Parser } },
  { files: ["**/*.{jsx,tsx}"], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { linterOptions: { reportUnusedDisableDirectives: "off" } },
];
/** The plugin's recommended config: an array since configs got `files` globs, one object before. */
const withPlugin = ({ plugin }: Built): Linter.Config[] => {
  const recommended = plugin.configs.recommended as unknown as Linter.Config | Linter.Config[];
  return [...base, ...(Array.isArray(recommended) ? recommended : [{ ...recommended, files: ["**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}"] }])];
};

async function round(files: string[], config: Linter.Config[]): Promise<number> {
  ours.clear();
  theirs?.clear();
  const eslint = new ESLint({ cwd: "/", overrideConfigFile: true, overrideConfig: config, ignore: false });
  const started = performance.now();
  await eslint.lintFiles(files);
  return performance.now() - started;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  if (dirs.length === 0) {
    console.log("bench:eslint-realworld: no directory given or present; pass checked-out repositories to lint.");
    return;
  }
  const all = dirs.flatMap((dir) => [...walk(path.resolve(dir))]);
  const files = pick(LISTENERS ? all.filter((file) => mayOpenListener(readFileSync(file, "utf8"), file)) : all);
  const kind = LISTENERS ? "files that pass the prefilter" : "files";
  console.log(`${files.length} ${kind} from ${dirs.length} directories, ${ROUNDS} rounds each (after one warm-up of each)`);
  const configs: [string, Linter.Config[]][] = [
    ["js.recommended", base],
    ["js.recommended + port-policy", withPlugin(ours)],
    ...(theirs ? [[`js.recommended + port-policy of ${AGAINST}`, withPlugin(theirs)] as [string, Linter.Config[]]] : []),
  ];
  for (const [, config] of configs) await round(files, config);
  const times = configs.map((): number[] => []);
  for (let i = 0; i < ROUNDS; i++) for (const [index, [, config]] of configs.entries()) times[index]!.push(await round(files, config));
  const medians = times.map(median);
  const range = (values: number[]): string => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;
  const percent = (b: number, a: number): string => `${(((b - a) / a) * 100).toFixed(1)}%`;
  for (const [index, [name]] of configs.entries()) {
    const added = index === 0 ? "" : `  added ${percent(medians[index]!, medians[0]!)}`;
    console.log(`${name.padEnd(40)} median ${medians[index]!.toFixed(0)} ms (${range(times[index]!)})${added}`);
  }
  if (theirs) console.log(`this build against ${AGAINST}: ${percent(medians[1]!, medians[2]!)}`);
  console.log("(goal: port-policy adds ≤ 5% to js.recommended; wall-clock on a shared machine, read the ratios, not the ms)");
}

await main();
