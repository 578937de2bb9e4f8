// The scanner's cost as a ratio to a bare `yaml` parse of the same files, in the same process
// (issue 3, goal ≤ 1.5×), and the peak memory of the run (goal ≤ 300 MB).
//
//   npm run bench:scan [-- <rounds, default 5>]
//
// Generates (deterministically) 10,000 files shaped like ../shared/corpus into bench/.generated/
// (gitignored): per project directory a compose.yaml with its override and .env, an app env file,
// and six Kubernetes manifests (Deployment, Service, StatefulSet, CronJob, DaemonSet, and a
// multi-document all-in-one). Then, alternating, it times (a) reading every file and running
// `parseAllDocuments` on the YAML ones, and (b) `scanPaths` (discovery, reading, parsing, kind
// detection, front ends, evaluate). Medians are compared. Peak memory is measured in a child
// process that runs one scan.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { PRESETS } from "../src/core/presets/index.js";
import { scanPaths } from "../src/scan/index.js";

const ROOT = fileURLToPath(new URL("./.generated/corpus/", import.meta.url));
const PROJECTS = 1000;
const ROUNDS = Number(process.argv[2] ?? 5);
const GOAL_RATIO = 1.5;
const GOAL_RSS_MB = 300;

/** mulberry32: a small seeded generator, so every run benchmarks the same corpus. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const IMAGES = ["nginx:1.27", "postgres:16-alpine", "redis:7", "ghcr.io/acme/api:1.4", "grafana/grafana", "node:20-slim", "mysql:8"];

function project(i: number, next: () => number): Record<string, string> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const port = () => 1024 + Math.floor(next() * 60000);
  const name = `svc${i}`;
  const image = pick(IMAGES);
  const labels = `      labels:\n        app: ${name}\n`;
  const container = (p: number) =>
    `      containers:\n        - name: ${name}\n          image: ${image}\n          ports:\n            - containerPort: ${p}\n              name: http\n          securityContext:\n            runAsNonRoot: true\n`;
  return {
    "compose.yaml": `name: ${name}\nservices:\n  web:\n    image: ${image}\n    ports:\n      - "${port()}:80"\n      - "127.0.0.1:\${ADMIN_PORT:-${port()}}:9000"\n    environment:\n      PORT: "${port()}"\n  db:\n    image: postgres:16\n    expose: ["5432"]\n    user: "999"\n`,
    "compose.override.yaml": `services:\n  web:\n    ports:\n      - target: 8443\n        published: "${port()}"\n        protocol: tcp\n`,
    ".env": `ADMIN_PORT=${port()}\nCOMPOSE_PROFILES=dev\n`,
    "app.env": `# app settings\nexport PORT=${port()}\nREDIS_PORT=${port()}\nDATABASE_URL=postgres://db:5432/app\n`,
    "k8s/deployment.yaml": `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n${labels.replace(/^/gm, "  ").trimEnd()}\n    spec:\n${container(port()).replace(/^/gm, "  ").trimEnd()}\n`,
    // As in the shared corpus, a few Services are NodePorts and a few pods use the host network.
    "k8s/service.yaml": `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: ${i % 10 === 0 ? "NodePort" : "ClusterIP"}\n  selector:\n    app: ${name}\n  ports:\n    - name: http\n      port: 80\n      targetPort: http\n${i % 10 === 0 ? `      nodePort: ${30000 + i}\n` : ""}`,
    "k8s/statefulset.yaml": `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}-db\nspec:\n  template:\n    spec:\n${container(5432).replace(/^/gm, "  ").trimEnd()}\n`,
    "k8s/cronjob.yaml": `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: ${name}-job\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${container(port()).replace(/^/gm, "      ").trimEnd()}\n`,
    "k8s/daemonset.yaml": `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: ${name}-agent\nspec:\n  template:\n    spec:\n        hostNetwork: ${i % 20 === 0}\n${container(9100 + (i % 50)).replace(/^/gm, "  ").trimEnd()}\n`,
    "k8s/all-in-one.yaml": [
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}-config\ndata:\n  LOG_LEVEL: info\n`,
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}-debug\nspec:\n${container(port())}`,
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}-debug\nspec:\n  selector:\n    app: ${name}\n  ports:\n    - port: ${port()}\n      targetPort: ${port()}\n`,
    ].join("---\n"),
  };
}

function generate(): string[] {
  rmSync(ROOT, { recursive: true, force: true });
  // A repository root of its own, so the main repository's .gitignore (which ignores bench/.generated) does not apply.
  mkdirSync(join(ROOT, ".git"), { recursive: true });
  const next = random(20261126);
  const files: string[] = [];
  for (let i = 0; i < PROJECTS; i++) {
    const dir = `p${String(i).padStart(4, "0")}`;
    for (const [name, text] of Object.entries(project(i, next))) {
      const path = join(ROOT, dir, name);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, text);
      files.push(path);
    }
  }
  return files;
}

function bareParse(files: readonly string[]): number {
  let documents = 0;
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    if (file.endsWith(".yaml") || file.endsWith(".yml")) documents += parseAllDocuments(text).length;
  }
  return documents;
}

function fullScan(): { files: number; listeners: number; findings: number } {
  const result = scanPaths(["."], { cwd: ROOT, env: {}, policy: PRESETS.recommended! });
  return { files: result.files.length, listeners: result.listeners.length, findings: result.findings.length };
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
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

// Warm-up: JIT and file cache for both paths.
bareParse(files);
const shape = fullScan();
console.log(`scan: ${shape.files} files scanned, ${shape.listeners} listeners, ${shape.findings} findings`);

const bare: number[] = [];
const scan: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  bare.push(time(() => bareParse(files)).ms);
  scan.push(time(fullScan).ms);
}
const ratio = median(scan) / median(bare);
const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--child"], { encoding: "utf8" });
const peakMb = (JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { maxRssMb: number }).maxRssMb;
console.log(`bare yaml read+parse: median ${median(bare).toFixed(0)} ms (${bare.map((ms) => ms.toFixed(0)).join(", ")})`);
console.log(`port-policy scan:     median ${median(scan).toFixed(0)} ms (${scan.map((ms) => ms.toFixed(0)).join(", ")})`);
console.log(`ratio: ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×) ${ratio <= GOAL_RATIO ? "ok" : "OVER GOAL"}`);
console.log(`peak RSS of one scan in a fresh process: ${peakMb.toFixed(0)} MB (goal ≤ ${GOAL_RSS_MB} MB) ${peakMb <= GOAL_RSS_MB ? "ok" : "OVER GOAL"}`);
console.log("dclint comparison: not run (dclint is not installed in this repository).");
