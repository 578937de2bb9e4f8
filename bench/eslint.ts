// Cost of the port-policy rules inside ESLint, on the same files in the same process: what a
// project runs (ESLint's js.recommended, TypeScript's parser) with and without port-policy
// (issue 14: goal ≤ 1% added), configs.recommended against no rules at all (goal ≤ 5%), and each
// rule's share from ESLint's `stats`. Uses the built plugin, so the npm script builds first:
//
//   npm run bench:eslint [-- <files, default 2400> <rounds, default 5> <file-by-file rounds, default 8> [--servers]]
//
// Files: the realistic mix by default, a generated TypeScript monorepo in which about 1% of the
// files open a listener (bench/monorepo-tree.ts, the tree bench:repo scans), so the text
// prefilter spares the rules nearly every file, as in real repositories. With --servers, the
// server-heavy mix of issue 12 instead, generated into bench/.generated/eslint/:
// Express/Fastify/Nest/http/gRPC/ws servers with a few listeners each, bundler configs, and
// listener-free library code, in JS and TS; there the collector does real work in 40% of files.
// Rounds alternate the configurations so machine noise hits them alike. Whole runs differ by more
// than 1% from one round to the next, so the 1% goal is judged from its parts: the rules' own time
// by ESLint's stats, and ESLint's cost of running seven more rules, measured file by file with
// seventy rules that do nothing (paired-per-file.ts); the file-by-file port-policy row, less a
// second identical js.recommended instance run beside it (the control), checks it. Identical
// instances here come out up to ±1.2% apart over six rounds: read the standard errors.
//
// Turning on any rule at all costs ESLint itself a lot: its own no-debugger, which visits one
// node type and does nothing else, adds +40–65% over no rules here. The cause is in ESLint 10.15
// (lib/linter/file-context.js): every rule's context is `Object.create(fileContext)`, which makes
// each file's context object a prototype, and V8's handling of prototypes then multiplies the
// garbage collector's work (scavenges go from ~0.5 to ~3 ms). Patching that one line to build
// plain objects brought no-debugger down to +2–4% on the same files. So "no-debugger" is printed
// as the floor any plugin starts from, port-policy's cost is given over it too, js.recommended
// shows what projects really run, and a last set of rounds runs with that one method patched
// (eslint-plain-contexts.ts) to give port-policy's cost against no rules without the artifact.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { ESLint, type Linter } from "eslint";
import tseslint from "typescript-eslint";
import { usePlainRuleContexts } from "./eslint-plain-contexts.js";
import { generateMonorepo } from "./monorepo-tree.js";
import { addedPercent, pairedPerFile } from "./paired-per-file.js";
import { seededRandom } from "./seeded-random.js";

const OUT = new URL("./.generated/eslint/", import.meta.url);
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const FILES = Number(positional[0] ?? 2400);
const ROUNDS = Number(positional[1] ?? 5);
/** Rounds of the file-by-file comparison that the 1% goal is judged on (paired-per-file.ts). */
const PAIRED_ROUNDS = Number(positional[2] ?? 8);
const SERVERS = process.argv.includes("--servers");
const GOAL_PERCENT = 5;
/** What port-policy may add to a project's own ESLint run on the realistic mix. */
const GOAL_PROJECT_PERCENT = 1;


const next = seededRandom(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const PORTS = [3000, 3001, 4000, 5000, 5173, 8000, 8080, 8081, 8443, 9000, 9090, 50051, 443, 80, 5432, 6667, 40000, 0];
const port = (): number => pick(PORTS);

function routes(framework: "express" | "fastify", count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const entity = pick(["users", "orders", "invoices", "products", "sessions", "reports", "teams"]);
    if (framework === "express") {
      lines.push(`app.get("/api/${entity}/:id", async (req, res, next) => {
  try {
    const item = await repository.find${i}(req.params.id, { include: ["owner", "tags"] });
    if (!item) return res.status(404).json({ error: "not found" });
    res.json({ data: item, links: { self: \`/api/${entity}/\${req.params.id}\` } });
  } catch (error) {
    next(error);
  }
});`);
    } else {
      lines.push(`fastify.get("/api/${entity}/:id", { schema: { params: { type: "object", properties: { id: { type: "string" } } } } }, async (request, reply) => {
  const item = await repository.find${i}(request.params.id);
  if (!item) return reply.code(404).send({ error: "not found" });
  return { data: item };
});`);
    }
  }
  return lines.join("\n\n");
}

function libraryCode(index: number, ts: boolean): string {
  const type = ts ? ": number" : "";
  const str = ts ? ": string" : "";
  return `export class Service${index} {
  #cache = new Map${ts ? "<string, unknown>" : ""}();
  constructor(${ts ? "private readonly " : ""}client, ${ts ? "private readonly " : ""}logger) {
    ${ts ? "" : "this.client = client;\n    this.logger = logger;"}
  }

  async load(id${str}, attempts${type} = 3) {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        if (this.#cache.has(id)) return this.#cache.get(id);
        const response = await this.client.get(\`/items/\${encodeURIComponent(id)}\`, { timeout: 5000 * attempt });
        this.#cache.set(id, response.data);
        return response.data;
      } catch (error) {
        this.logger.warn({ id, attempt, error }, "load failed");
        await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
      }
    }
    throw new Error(\`could not load \${id}\`);
  }

  summarize(values${ts ? ": readonly number[]" : ""}) {
    const sorted = [...values].sort((a, b) => a - b);
    const sum = sorted.reduce((total, value) => total + value, 0);
    return { min: sorted[0], max: sorted.at(-1), mean: sum / Math.max(1, sorted.length), median: sorted[Math.floor(sorted.length / 2)] };
  }
}

export function formatDuration(ms${type})${str} {
  if (ms < 1000) return \`\${ms} ms\`;
  const seconds = Math.round(ms / 100) / 10;
  return seconds < 60 ? \`\${seconds} s\` : \`\${Math.floor(seconds / 60)} min \${Math.round(seconds % 60)} s\`;
}

export const retryPolicy = { attempts: 3, backoff: "exponential", maxDelay: 10_000 };
`;
}

function clientCode(): string {
  return `import { Pool } from "pg";
import { createClient } from "redis";
import net from "node:net";

export const pool = new Pool({ host: process.env.DB_HOST ?? "localhost", port: 5432, max: 10 });
export const cache = createClient({ socket: { host: "redis", port: 6379 } });

export async function ping(host, port = 8080) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host, () => { socket.end(); resolve(true); });
    socket.on("error", reject);
  });
}

export async function fetchStatus(base) {
  const response = await fetch(\`\${base}/health\`, { headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(\`status \${response.status}\`);
  return response.json();
}
`;
}

function serverCode(index: number, ts: boolean): string {
  switch (index % 7) {
    case 0:
      return `import express from "express";
import http from "node:http";
import { WebSocketServer } from "ws";
import { repository } from "./repository${ts ? "" : ".js"}";

const app = express();
app.use(express.json({ limit: "1mb" }));

${routes("express", 4)}

const PORT = process.env.PORT || ${port()};
const server = http.createServer(app);
server.listen(PORT, () => console.log(\`listening on \${PORT}\`));
const wss = new WebSocketServer({ server });
wss.on("connection", (socket) => socket.send("hello"));
const metrics = express();
metrics.get("/metrics", (_req, res) => res.send("ok"));
metrics.listen(${port()});
`;
    case 1:
      return `import Fastify from "fastify";
import { repository } from "./repository${ts ? "" : ".js"}";

const fastify = Fastify({ logger: true });

${routes("fastify", 4)}

await fastify.listen({ port: Number(process.env.PORT) || ${port()}, host: "0.0.0.0" });
`;
    case 2:
      return `import { NestFactory } from "@nestjs/core";
import { ValidationPipe } from "@nestjs/common";
import { AppModule } from "./app.module${ts ? "" : ".js"}";

async function bootstrap()${ts ? ": Promise<void>" : ""} {
  const app = await NestFactory.create(AppModule, { bufferLogs: true });
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }));
  app.enableCors({ origin: [/\\.example\\.com$/] });
  await app.listen(process.env.PORT ?? ${port()});
}

void bootstrap();
`;
    case 3:
      return `const grpc = require("@grpc/grpc-js");
const protoLoader = require("@grpc/proto-loader");

const definition = protoLoader.loadSync(__dirname + "/service.proto", { keepCase: true, longs: String, defaults: true });
const proto = grpc.loadPackageDefinition(definition);

function sayHello(call, callback) {
  callback(null, { message: "Hello " + call.request.name });
}

function main() {
  const server = new grpc.Server();
  server.addService(proto.helloworld.Greeter.service, { sayHello });
  server.bindAsync("0.0.0.0:${port()}", grpc.ServerCredentials.createInsecure(), (error) => {
    if (error) throw error;
  });
}

main();
`;
    case 4:
      return `const http = require("http");
const dgram = require("dgram");

const handler = (req, res) => {
  res.writeHead(200, { "content-type": "text/plain" });
  res.end("ok");
};

const port = parseInt(process.env.PORT || "${port()}", 10);
http.createServer(handler).listen(port, "0.0.0.0");

const socket = dgram.createSocket("udp4");
socket.on("message", (message, remote) => socket.send(message, remote.port, remote.address));
socket.bind(${port()});
`;
    case 5:
      return `import Koa from "koa";
import Router from "@koa/router";
import { Server } from "socket.io";

const app = new Koa();
const router = new Router();
router.get("/health", (ctx) => { ctx.body = { ok: true }; });
app.use(router.routes()).use(router.allowedMethods());
app.listen(${port()});
const io = new Server(${port()}, { cors: { origin: "*" } });
io.on("connection", (socket) => socket.emit("ready"));
`;
    default:
      return `import { serve } from "@hono/node-server";
import { Hono } from "hono";

const app = new Hono();
app.get("/", (c) => c.text("Hello"));
app.get("/items/:id", (c) => c.json({ id: c.req.param("id") }));

serve({ fetch: app.fetch, port: ${port()} });
`;
  }
}

function generate(): string[] {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const written: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const ts = next() < 0.5;
    const ext = ts ? "ts" : "js";
    const kind = i % 10;
    let name: string;
    let text: string;
    if (kind < 4) [name, text] = [`server-${i}.${ext}`, serverCode(i, ts)];
    else if (kind < 8) [name, text] = [`service-${i}.${ext}`, libraryCode(i, ts)];
    else if (kind === 8) [name, text] = [`client-${i}.js`, clientCode()];
    else if (i % 20 === 9) [name, text] = [`app-${i}/vite.config.${ext}`, `import { defineConfig } from "vite";\nexport default defineConfig({ server: { port: ${port()}, hmr: { clientPort: 443 } }, preview: { port: ${port()} } });\n`];
    else [name, text] = [`app-${i}/webpack.config.js`, `module.exports = { mode: "development", entry: "./src/index.js", devServer: { port: ${port()}, hot: true } };\n`];
    const file = new URL(name, OUT);
    mkdirSync(new URL(".", file), { recursive: true });
    writeFileSync(file, text);
    written.push(name);
  }
  return written;
}

const signed = (value: number): string => `${value >= 0 ? "+" : ""}${value.toFixed(2)}`;

/**
 * `count` rules that return no visitor, for the files the plugin's rules take: ESLint's own cost of
 * running that many more rules. Ten times the plugin's seven make that cost ten times larger than
 * the run-to-run noise it would otherwise hide in.
 */
function doNothingRules(count: number, files: Linter.Config["files"]): Linter.Config {
  const ids = Array.from({ length: count }, (_, index) => `rule-${index}`);
  const rules = Object.fromEntries(ids.map((id) => [id, { meta: { schema: false as const }, create: () => ({}) }]));
  return { ...(files ? { files } : {}), plugins: { "do-nothing": { rules } }, rules: Object.fromEntries(ids.map((id) => [`do-nothing/${id}`, "error" as const])) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const { default: plugin } = (await import(new URL("../dist/src/index.js", import.meta.url).href)) as { default: { configs: { recommended: Linter.Config[] } } };
  const [rulesConfig, ...parsing] = plugin.configs.recommended;
  const ruleCount = Object.keys(rulesConfig?.rules ?? {}).length;
  const DO_NOTHING = `+ ${10 * ruleCount} rules that do nothing`;
  const CONTROL = "js.recommended again (control)";
  const tree = SERVERS ? undefined : generateMonorepo(FILES);
  const fileCount = tree ? tree.files : generate().length;
  const cwd = tree ? tree.root : fileURLToPath(OUT);
  const base: Linter.Config[] = [
    { files: ["**/*.ts", "**/*.tsx"], languageOptions: { parser: tseslint.parser as Linter.Parser } },
    { files: ["**/*.js"], languageOptions: { sourceType: "module" } },
  ];
  // ESLint's cheapest core rule: its own fixed cost of running any rule at all, to separate it
  // from what port-policy adds.
  const floor: Linter.Config = { rules: { "no-debugger": "error" } };
  const linters = {
    "no rules": new ESLint({ cwd, overrideConfigFile: true, overrideConfig: base }),
    "no-debugger": new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, floor] }),
    "configs.recommended": new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, ...plugin.configs.recommended] }),
    // What a project really runs: ESLint's recommended rules, with and without port-policy.
    "js.recommended": new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, js.configs.recommended] }),
    "js.recommended + port-policy": new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, js.configs.recommended, ...plugin.configs.recommended] }),
  } as const;
  type Name = keyof typeof linters;
  /** One warm-up each (module loading, JIT), then alternating measured rounds. */
  const measure = async (names: readonly Name[]): Promise<Record<Name, number[]>> => {
    const times = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<Name, number[]>;
    for (const name of names) await linters[name].lintFiles(["."]);
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of names) {
        const start = process.hrtime.bigint();
        await linters[name].lintFiles(["."]);
        times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
    return times;
  };
  const times = await measure(Object.keys(linters) as Name[]);
  // The 1% goal, file by file: js.recommended, a second identical instance of it (the control:
  // what a configuration that adds nothing comes out at), with port-policy, and with ten times
  // port-policy's rule count of rules that do nothing, under the plugin's parser configs (ESLint's
  // own cost of running more rules, which any plugin's seven would add, amplified tenfold).
  const files = (await linters["js.recommended"].lintFiles(["."])).map((result) => ({ path: result.filePath, text: readFileSync(result.filePath, "utf8") }));
  const project = [...base, js.configs.recommended];
  const paired = await pairedPerFile(
    {
      "js.recommended": linters["js.recommended"],
      [CONTROL]: new ESLint({ cwd, overrideConfigFile: true, overrideConfig: project }),
      "+ port-policy": linters["js.recommended + port-policy"],
      [DO_NOTHING]: new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...project, doNothingRules(10 * ruleCount, rulesConfig?.files), ...parsing] }),
    },
    files,
    PAIRED_ROUNDS,
  );
  // The same three runs with ESLint's rule contexts built as plain objects (see
  // eslint-plain-contexts.ts): what the rules cost apart from that ESLint artifact.
  const restore = usePlainRuleContexts();
  const plain = await measure(["no rules", "no-debugger", "configs.recommended"]);
  restore();
  // Rule shares from ESLint's stats (TIMING's data), in a separate run: timing every listener
  // call costs time itself, so it stays out of the comparison above.
  const withStats = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [...base, ...plugin.configs.recommended], stats: true });
  const ruleTotals = new Map<string, number>();
  let findings = 0;
  for (const result of await withStats.lintFiles(["."])) {
    findings += result.messages.length;
    for (const pass of result.stats?.times.passes ?? []) {
      for (const [rule, time] of Object.entries(pass.rules ?? {})) ruleTotals.set(rule, (ruleTotals.get(rule) ?? 0) + time.total);
    }
  }
  // Fastest round: on a shared machine, contention only ever adds time, so the minimum is the
  // steadiest estimate of the work itself; medians are printed beside it.
  const fastest = (name: Name, from = times): number => Math.min(...from[name]);
  const row = (name: Name, note = ""): void =>
    console.log(`  ${name.padEnd(30)} ${fastest(name).toFixed(0).padStart(6)} ms  (median ${median(times[name]).toFixed(0)})${note}`);
  const added = (name: Name, baseline: Name, from = times): string =>
    `${(((fastest(name, from) - fastest(baseline, from)) / fastest(baseline, from)) * 100).toFixed(1)}%`;
  console.log(`${SERVERS ? "server-heavy mix" : "realistic mix (generated monorepo, ~1% with listeners)"}: ${fileCount} files, ${ROUNDS} rounds, fastest round (median), ${findings} findings with configs.recommended`);
  row("no rules");
  row("no-debugger", `  ESLint's own cost of running any rule: +${added("no-debugger", "no rules")}`);
  row("configs.recommended", `  +${added("configs.recommended", "no rules")} over no rules, +${added("configs.recommended", "no-debugger")} over no-debugger`);
  row("js.recommended");
  const projectAdded = ((median(times["js.recommended + port-policy"]) - median(times["js.recommended"])) / median(times["js.recommended"])) * 100;
  row(
    "js.recommended + port-policy",
    `  +${added("js.recommended + port-policy", "js.recommended")} over js.recommended (fastest rounds), ${projectAdded >= 0 ? "+" : ""}${projectAdded.toFixed(1)}% (medians)` +
      " (whole runs: noise of several percent; the goal is judged at the end)",
  );
  console.log(`file by file, interleaved (paired-per-file.ts), ${PAIRED_ROUNDS} rounds of ${files.length} files, added to js.recommended:`);
  const addedPaired = {
    [CONTROL]: addedPercent(paired, CONTROL, "js.recommended"),
    "+ port-policy": addedPercent(paired, "+ port-policy", "js.recommended"),
    [DO_NOTHING]: addedPercent(paired, DO_NOTHING, "js.recommended"),
    "+ port-policy, less the control": addedPercent(paired, "+ port-policy", "js.recommended", CONTROL),
  };
  for (const [name, { perRound, mean, standardError }] of Object.entries(addedPaired)) {
    console.log(`  ${name.padEnd(33)} mean ${signed(mean)}% ± ${standardError.toFixed(2)} (standard error), median ${signed(median(perRound))}%, rounds ${signed(Math.min(...perRound))}…${signed(Math.max(...perRound))}%`);
  }
  if (!(globalThis as { gc?: unknown }).gc) console.log("  (without --expose-gc: no minor collection before each lint, so the rows are noisier)");
  console.log("with ESLint's rule contexts built as plain objects (bench-only patch, eslint-plain-contexts.ts):");
  console.log(`  no rules ${fastest("no rules", plain).toFixed(0)} ms; no-debugger +${added("no-debugger", "no rules", plain)}; configs.recommended +${added("configs.recommended", "no rules", plain)} over no rules (goal ≤ ${GOAL_PERCENT}%), +${added("configs.recommended", "no-debugger", plain)} over no-debugger`);
  const ruleSum = [...ruleTotals.values()].reduce((a, b) => a + b, 0);
  const ratio = (ruleSum / fastest("no rules")) * 100;
  const projectShare = (ruleSum / median(times["js.recommended"])) * 100;
  console.log(
    `port-policy rule time from ESLint stats: ${ruleSum.toFixed(1)} ms = ${ratio.toFixed(1)}% of linting with no rules (goal ≤ ${GOAL_PERCENT}%: ${ratio <= GOAL_PERCENT ? "ok" : "over"}), ${projectShare.toFixed(2)}% of js.recommended's median run`,
  );
  console.log("  (the first rule ESLint creates per file hosts the shared collector and runs the other rules' callbacks, so its share includes theirs)");
  // The goal from its two precise parts, the rules' own time (ESLint's timer around create() and
  // every listener) and ESLint's cost of running seven more rules (the amplified row, divided),
  // and directly: the file-by-file port-policy row, which also holds what the parts leave out.
  const moreRules = ((addedPaired[DO_NOTHING]?.mean ?? 0) - (addedPaired[CONTROL]?.mean ?? 0)) / 10;
  const total = projectShare + moreRules;
  const direct = addedPaired["+ port-policy, less the control"]!;
  const verdict = (percent: number): string => (percent <= GOAL_PROJECT_PERCENT ? "ok" : "over");
  console.log(
    `port-policy added to js.recommended: its rules ${projectShare.toFixed(2)}% + ESLint's cost of ${ruleCount} more rules ${signed(moreRules)}% = ${signed(total)}%` +
      `${SERVERS ? "" : ` (goal ≤ ${GOAL_PROJECT_PERCENT}%: ${verdict(total)})`}; measured directly, file by file, less the control: ${signed(direct.mean)}% ± ${direct.standardError.toFixed(2)}${SERVERS ? "" : ` (${verdict(direct.mean)}${direct.mean + 2 * direct.standardError <= GOAL_PROJECT_PERCENT ? ", by two standard errors" : ", not by two standard errors"})`}`,
  );
  console.log("  (the two should agree within two standard errors; when they do not, something the parts leave out, such as garbage collection the rules cause, is not small)");
  for (const [rule, total] of [...ruleTotals].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${rule.padEnd(40)} ${total.toFixed(1).padStart(8)} ms  ${((total / Math.max(ruleSum, 1e-9)) * 100).toFixed(1).padStart(5)}%`);
  }
}

await main();
