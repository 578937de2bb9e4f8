// Time per MB of one large file, by shape, from 1 MB up to the 10 MB limit (issue 11: everything
// within the size limits must be linear). A quadratic step shows as a per-MB time that grows with
// the size; a linear scanner prints a flat column and ratios near 1.
//
//   npm run bench:sizes [-- <rounds, default 3> [<class> ...]]
//
// Classes: keys (a ConfigMap with many keys), services (a compose file with many services),
// long-lines (a ConfigMap whose values are 256 KB lines), env (a .env of keys, comments and blank
// lines), and js (one large JS file) once the code path has a size limit of its own. Each file is
// generated deterministically into a temporary directory and scanned alone as the package ships in
// dist/ (built.ts): config files with scanPaths, the JS file with the scan command, which lints it
// with ESLint. The best of the rounds is kept, after a forced GC before each run.
// Ratios are against the 1 MB run of the same class in the same process: machine load moves both.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRESETS, run, scanPaths } from "./built.js";

const MB = 1024 * 1024;
/** 10 MB is the limit itself (read-source.ts MAX_FILE_BYTES); the largest file stays just under it. */
const SIZES_MB = [1, 2, 4, 6, 8, 9.9];
const args = process.argv.slice(2);
const ROUNDS = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 3);

interface SizeClass {
  name: string;
  file: string;
  /** Text of about `bytes` bytes, the same for the same size. */
  make(bytes: number): string;
}

/** Lines from `line(i)` after `head`, as many as fit in `bytes` (ASCII: a character is a byte). */
function repeatLines(head: string, bytes: number, line: (i: number) => string): string {
  const parts = [head];
  let length = head.length;
  for (let i = 0; ; i++) {
    const next = line(i);
    if (length + next.length > bytes) break;
    parts.push(next);
    length += next.length;
  }
  return parts.join("");
}

const CLASSES: SizeClass[] = [
  {
    name: "keys",
    file: "configmap.yaml",
    make: (bytes) => repeatLines("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: many-keys}\ndata:\n", bytes, (i) => `  key-${i}: value-${i}\n`),
  },
  {
    name: "services",
    file: "compose.yaml",
    make: (bytes) =>
      repeatLines("services:\n", bytes, (i) => `  svc-${i}:\n    image: ghcr.io/acme/svc:${i % 97}\n    ports: ["${10_000 + (i % 20_000)}:8080"]\n`),
  },
  {
    name: "long-lines",
    file: "configmap.yaml",
    make: (bytes) => {
      const value = "x".repeat(256 * 1024);
      return repeatLines("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: long-lines}\ndata:\n", bytes, (i) => `  blob-${i}: ${value}\n`);
    },
  },
  {
    name: "env",
    file: "app.env",
    make: (bytes) => repeatLines("", bytes, (i) => (i % 3 === 0 ? `\n# section ${i}\n` : i % 3 === 1 ? `SETTING_${i}="value ${i}"\n` : `WORKER_${i}_PORT=${10_000 + (i % 20_000)}\n`)),
  },
];

/**
 * The code path's own size limit, when it has one: read-source.ts's readCodeSource (helper
 * "code" adds it) or a MAX_CODE_* constant. Without it a 50 MB JS file has no bound, so no js class.
 */
async function jsClass(): Promise<SizeClass | undefined> {
  const lint = (await import(new URL("../dist/src/scan/lint-code.js", import.meta.url).href)) as Record<string, unknown>;
  const read = (await import(new URL("../dist/src/scan/read-source.js", import.meta.url).href)) as Record<string, unknown>;
  const limited = Object.entries({ ...lint, ...read }).some(([name, value]) => (name === "readCodeSource" && typeof value === "function") || (/^MAX_CODE/.test(name) && typeof value === "number"));
  if (!limited) return undefined;
  return {
    name: "js",
    file: "server.js",
    make: (bytes) => repeatLines('import http from "node:http";\n', bytes, (i) => `export function handler${i}(req, res) { res.end(String(${i})); }\n`),
  };
}

async function time(scan: () => unknown): Promise<number> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  await scan();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** One scan of the directory; it must check the file, or the figures would time nothing. */
function scanConfig(dir: string): number {
  const result = scanPaths(["."], { cwd: dir, env: {}, policy: PRESETS.recommended!, code: false });
  if (result.files.length !== 1) throw new Error(`${dir}: expected one file checked, got ${JSON.stringify(result.files)}`);
  return result.findings.length;
}

/** Code is linted by the scan command (ESLint over the files scanPaths discovers), so it runs that. */
async function scanCode(dir: string): Promise<number> {
  let out = "";
  const io = { stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true }, cwd: dir, env: {} };
  await run(["scan", "--no-config-lookup", "--format", "json", "."], io);
  const report = JSON.parse(out) as { files: unknown[]; findings: Array<{ ruleId: string }> };
  if (report.files.length !== 1 || report.findings.some((f) => f.ruleId === "parse-error")) throw new Error(`${dir}: the file was not checked: ${out.slice(0, 400)}`);
  return report.findings.length;
}

async function main(): Promise<void> {
  const js = await jsClass();
  const wanted = args.filter((arg) => !/^\d+$/.test(arg));
  const classes = [...CLASSES, ...(js ? [js] : [])].filter((c) => wanted.length === 0 || wanted.includes(c.name));
  if (!js) console.log("js: skipped, the code path has no size limit of its own yet (no readCodeSource or MAX_CODE_* export)\n");
  console.log(`best of ${ROUNDS} round(s) per size; ratio = ms per MB against the 1 MB file of the same class\n`);
  for (const sizeClass of classes) {
    console.log(`${sizeClass.name}  (${sizeClass.file})`);
    console.log("    MB       ms    ms/MB   ratio  findings");
    let base: number | undefined;
    for (const mb of SIZES_MB) {
      const dir = mkdtempSync(join(tmpdir(), `port-policy-${sizeClass.name}-`));
      const text = sizeClass.make(Math.floor(mb * MB));
      writeFileSync(join(dir, sizeClass.file), text);
      const actualMb = Buffer.byteLength(text) / MB;
      // The first file of a class also warms the JIT up, untimed.
      const scanOne = sizeClass.name === "js" ? () => scanCode(dir) : () => scanConfig(dir);
      if (base === undefined) await scanOne();
      let best = Infinity;
      let findings = 0;
      for (let round = 0; round < ROUNDS; round++) {
        best = Math.min(best, await time(async () => (findings = await scanOne())));
      }
      const perMb = best / actualMb;
      base ??= perMb;
      console.log(`${actualMb.toFixed(1).padStart(6)} ${best.toFixed(0).padStart(8)} ${perMb.toFixed(0).padStart(8)} ${(perMb / base).toFixed(2).padStart(7)} ${String(findings).padStart(9)}`);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log("");
  }
}

await main();
