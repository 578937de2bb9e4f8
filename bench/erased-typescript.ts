// TypeScript with its types erased (rules/utils/erase-types.ts) against typescript-eslint's
// parser, over the TypeScript files of real repositories:
//
//   npm run bench:erase [-- <dir>…]     (default: every repository in /work/realworld)
//
// 1. Safety: every file that passes the listener prefilter is linted by scan's code linter both
//    ways (test/scan/erased-equivalence.ts); the messages and listener counts must be the same.
// 2. Speed: parsing every TypeScript file (prefilter or not) each way, alternating rounds in this
//    process: Babel + erasure + espree against typescript-eslint's parseForESLint.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as espree from "espree";
import { eraseTypes } from "../rules/utils/erase-types.js";
import { mayOpenListener } from "../rules/utils/listener-prefilter.js";
import { isTypeScriptPath } from "../src/scan/parse-modes.js";
import { codeFilesUnder } from "../test/rules/utils/prefilter-safety.js";
import { compareErased } from "../test/scan/erased-equivalence.js";

const REALWORLD = "/work/realworld";
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : existsSync(REALWORLD) ? readdirSync(REALWORLD).map((name) => join(REALWORLD, name)).filter((dir) => name(dir).includes("+")) : [];
function name(dir: string): string {
  return dir.split("/").pop() ?? dir;
}
if (roots.length === 0) {
  console.log(`no repositories: give directories, or extract some under ${REALWORLD}`);
  process.exit(0);
}

const files = roots.flatMap((root) => codeFilesUnder(root)).filter(isTypeScriptPath);
console.log(`${files.length} TypeScript files in ${roots.length} trees`);

const tally = compareErased(files, (text, file) => mayOpenListener(text, file));
console.log(`safety: ${tally.files} files pass the prefilter, ${tally.erased} read erased, ${tally.files - tally.erased} fell back; ${tally.differing.length} differ`);
for (const { file, erased, typescript } of tally.differing) console.log(`  DIFFERS ${file}\n    erased:     ${erased.replaceAll("\n", "\n                ")}\n    typescript: ${typescript.replaceAll("\n", "\n                ")}`);

const require = createRequire(import.meta.url);
const { parseForESLint } = require("@typescript-eslint/parser") as typeof import("@typescript-eslint/parser");
const texts = files.map((file) => ({ file, text: readFileSync(file, "utf8") }));
const ways = {
  erased: ({ file, text }: { file: string; text: string }) => {
    const erased = eraseTypes(text, file);
    if (erased !== undefined) espree.parse(erased, { ecmaVersion: "latest", sourceType: "module", range: true, loc: true, tokens: true, comment: true, ecmaFeatures: { jsx: file.endsWith("x") } });
  },
  typescript: ({ file, text }: { file: string; text: string }) => {
    parseForESLint(text, { sourceType: "module", ecmaVersion: "latest", range: true, loc: true, tokens: true, comment: true, filePath: file, jsx: file.endsWith("x") });
  },
};
const times: Record<keyof typeof ways, number[]> = { erased: [], typescript: [] };
for (let round = 0; round < 3; round++) {
  for (const way of Object.keys(ways) as (keyof typeof ways)[]) {
    const start = process.hrtime.bigint();
    for (const each of texts) {
      try {
        ways[way](each);
      } catch {
        // a file neither parses is timed as far as it got
      }
    }
    times[way].push(Number(process.hrtime.bigint() - start) / 1e6);
  }
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const erasable = texts.filter(({ file, text }) => eraseTypes(text, file) !== undefined).length;
console.log(`parse all ${texts.length} files: erased ${median(times.erased).toFixed(0)} ms, typescript-eslint ${median(times.typescript).toFixed(0)} ms (ratio ${(median(times.erased) / median(times.typescript)).toFixed(2)}; ${erasable} erasable, the rest fall back)`);
if (tally.differing.length > 0) process.exitCode = 1;
