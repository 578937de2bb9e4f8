// A generated tree shaped like a TypeScript monorepo (for bench/repo.ts), written
// deterministically into bench/.generated/monorepo-<files>/ (gitignored): packages/<name>/ with
// package.json, tsconfig.json, src/ (entities, services, repositories, utilities, an index),
// test/*.test.ts and a README; apps/<name>/ with React components (.tsx), a vite.config.ts and,
// in about 1% of all files, a server entry that opens a listener (Express, Fastify, http, ws).
// Files import each other as real packages do; sizes run from a few hundred bytes to ~30 KB.
// Config beside the code: a root docker-compose.yml with its .env, a CI workflow, and a
// Kubernetes manifest per app, so `scan --no-code` has real work too.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { seededRandom } from "./seeded-random.js";

export interface Tree {
  root: string;
  files: number;
  /** Files written with a listener in them. */
  listenerFiles: number;
  /** A listener-free source file, for the pre-commit case. */
  quietFile: string;
}

const WORDS = ["user", "order", "invoice", "product", "session", "report", "team", "account", "payment", "shipment", "review", "coupon"];

export function generateMonorepo(totalFiles: number): Tree {
  const root = fileURLToPath(new URL(`./.generated/monorepo-${totalFiles}/`, import.meta.url));
  rmSync(root, { recursive: true, force: true });
  // A repository root of its own, so this repository's .gitignore (bench/.generated) does not apply.
  mkdirSync(join(root, ".git"), { recursive: true });
  const next = seededRandom(totalFiles);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  let files = 0;
  let listenerFiles = 0;
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    files++;
  };
  const apps = Math.max(2, Math.round(totalFiles / 250));
  const listenerTarget = Math.round(totalFiles / 100);
  const appNames: string[] = [];
  for (let a = 0; a < apps; a++) appNames.push(`app-${a}`);
  writeRootConfig(write, appNames);
  let pkg = 0;
  let serverIndex = 0;
  let quietFile = "";
  while (files < totalFiles) {
    const name = `${pick(WORDS)}-${pkg}`;
    const size = 15 + Math.floor(next() * 30);
    write(`packages/${name}/package.json`, JSON.stringify({ name: `@acme/${name}`, version: "1.0.0", type: "module", main: "dist/index.js", dependencies: { "@acme/core": "workspace:*" } }, null, 2));
    write(`packages/${name}/tsconfig.json`, JSON.stringify({ extends: "../../tsconfig.base.json", compilerOptions: { outDir: "dist", rootDir: "src" } }, null, 2));
    write(`packages/${name}/README.md`, `# @acme/${name}\n\nServices and repositories for ${name}.\n`);
    const modules: string[] = [];
    for (let i = 0; i < size && files < totalFiles; i++) {
      const entity = pick(WORDS);
      const kind = i % 4;
      const module = `${kind === 0 ? "entities" : kind === 1 ? "services" : kind === 2 ? "repositories" : "utils"}/${entity}-${i}`;
      const text = kind === 0 ? entityFile(entity, i, next) : kind === 1 ? serviceFile(entity, i, modules, next) : kind === 2 ? repositoryFile(entity, i, next) : utilityFile(i, next);
      write(`packages/${name}/src/${module}.ts`, text);
      if (kind === 1 && quietFile === "") quietFile = `packages/${name}/src/${module}.ts`;
      modules.push(module);
      if (next() < 0.35 && files < totalFiles) write(`packages/${name}/test/${entity}-${i}.test.ts`, testFile(entity, module, next));
    }
    if (files < totalFiles) write(`packages/${name}/src/index.ts`, modules.map((module) => `export * from "./${module}.js";`).join("\n") + "\n");
    // Apps: components, a vite config, and the listeners, spread so that ~1% of files open one.
    const app = appNames[pkg % apps]!;
    if (files < totalFiles && next() < 0.5) write(`apps/${app}/src/components/${pick(WORDS)}-${pkg}.tsx`, componentFile(pkg, next));
    while (listenerFiles < (listenerTarget * files) / totalFiles && files < totalFiles) {
      write(`apps/${appNames[serverIndex % apps]}/src/server-${serverIndex}.ts`, serverFile(serverIndex, next));
      listenerFiles++;
      serverIndex++;
    }
    pkg++;
  }
  for (const app of appNames) {
    writeFileSync(join(root, "apps", app, "vite.config.ts"), `import { defineConfig } from "vite";\nimport react from "@vitejs/plugin-react";\n\nexport default defineConfig({ plugins: [react()], server: { port: 5173 } });\n`);
  }
  return { root, files: files + appNames.length, listenerFiles, quietFile };
}

function writeRootConfig(write: (path: string, text: string) => void, apps: readonly string[]): void {
  write("package.json", JSON.stringify({ name: "acme", private: true, workspaces: ["packages/*", "apps/*"] }, null, 2));
  write("tsconfig.base.json", JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true } }, null, 2));
  write(
    "docker-compose.yml",
    `services:\n${apps.map((app, i) => `  ${app}:\n    build: ./apps/${app}\n    ports:\n      - "\${${app.toUpperCase().replace("-", "_")}_PORT:-${3000 + i}}:3000"\n    depends_on: [db]\n`).join("")}  db:\n    image: postgres:16\n    ports:\n      - "5432:5432"\n`,
  );
  write(".env", apps.map((app, i) => `${app.toUpperCase().replace("-", "_")}_PORT=${4000 + i}`).join("\n") + "\n");
  write(".github/workflows/ci.yml", "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n        ports: ['5432:5432']\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n");
  for (const app of apps) {
    write(
      `deploy/${app}.yaml`,
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  template:\n    spec:\n      containers:\n        - name: ${app}\n          image: ghcr.io/acme/${app}:1.0\n          ports:\n            - containerPort: 3000\n              name: http\n`,
    );
  }
}

function entityFile(entity: string, i: number, next: () => number): string {
  const fields = 4 + Math.floor(next() * 16);
  const cls = `${capital(entity)}${i}`;
  const lines = [`import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";`, "", "@Entity()", `export class ${cls} {`, "  @PrimaryGeneratedColumn()", "  id!: number;", ""];
  for (let f = 0; f < fields; f++) lines.push(`  /** ${entity} field ${f}: shown in reports and exported to CSV. */`, `  @Column({ nullable: ${f % 3 === 0} })`, `  field${f}!: ${f % 2 ? "string" : "number"};`, "");
  lines.push(`  toJSON(): Record<string, unknown> {`, `    return { id: this.id${Array.from({ length: fields }, (_, f) => `, field${f}: this.field${f}`).join("")} };`, "  }", "}", "");
  return lines.join("\n");
}

function serviceFile(entity: string, i: number, modules: readonly string[], next: () => number): string {
  const imports = modules.slice(-3).map((module, k) => `import * as dep${k} from "../${module}.js";`);
  const methods = 3 + Math.floor(next() * 20);
  const body: string[] = [];
  for (let m = 0; m < methods; m++) {
    body.push(`  async find${m}(id: string, options: { limit?: number; offset?: number } = {}): Promise<unknown[]> {
    const key = \`${entity}:\${id}:\${options.limit ?? 20}\`;
    if (this.cache.has(key)) return this.cache.get(key) as unknown[];
    const rows = await this.db.query("SELECT * FROM ${entity}s WHERE owner = $1 LIMIT $2 OFFSET $3", [id, options.limit ?? 20, options.offset ?? 0]);
    this.cache.set(key, rows);
    this.logger.debug({ key, count: rows.length }, "loaded");
    return rows.map((row) => ({ ...row, kind: "${entity}" }));
  }`);
  }
  // Real services bind callbacks and read client ports from config: words the prefilter must weigh.
  const client = next() < 0.2 ? `\n  readonly redis = { host: process.env.REDIS_HOST ?? "localhost", port: 6379 };\n  readonly onEvent = this.handle.bind(this);\n  handle(): void {}\n` : "";
  return `${imports.join("\n")}
import type { Database, Logger } from "@acme/core";

export class ${capital(entity)}Service${i} {
  private readonly cache = new Map<string, unknown>();
  constructor(private readonly db: Database, private readonly logger: Logger) {}
${client}
${body.join("\n\n")}
}
`;
}

function repositoryFile(entity: string, i: number, next: () => number): string {
  const queries = 2 + Math.floor(next() * 8);
  return `import { Repository } from "typeorm";
import { ${capital(entity)}${i - 2 >= 0 ? i - 2 : 0} as Model } from "../entities/${entity}-${Math.max(0, i - 2)}.js";

export class ${capital(entity)}Repository${i} extends Repository<Model> {
${Array.from({ length: queries }, (_, q) => `  by${q}(value: string) {
    return this.createQueryBuilder("${entity}").where("${entity}.field${q} = :value", { value }).orderBy("${entity}.id", "DESC").getMany();
  }`).join("\n\n")}
}
`;
}

function utilityFile(i: number, next: () => number): string {
  const helpers = 2 + Math.floor(next() * 10);
  return Array.from(
    { length: helpers },
    (_, h) => `export function helper${i}_${h}(values: readonly number[]): { min: number; max: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((total, value) => total + value, 0);
  return { min: sorted[0] ?? 0, max: sorted.at(-1) ?? 0, mean: sum / Math.max(1, sorted.length) };
}
`,
  ).join("\n");
}

function testFile(entity: string, module: string, next: () => number): string {
  const cases = 2 + Math.floor(next() * 8);
  return `import { describe, expect, it } from "vitest";
import * as subject from "../src/${module}.js";

describe("${entity}", () => {
${Array.from({ length: cases }, (_, c) => `  it("case ${c}", () => {
    expect(Object.keys(subject).length).toBeGreaterThan(0);
    expect(JSON.stringify({ c: ${c} })).toContain("${c}");
  });`).join("\n")}
});
`;
}

function componentFile(i: number, next: () => number): string {
  const items = 2 + Math.floor(next() * 6);
  return `import { useEffect, useState } from "react";

export function Panel${i}({ title }: { title: string }) {
  const [rows, setRows] = useState<string[]>([]);
  useEffect(() => {
    fetch("/api/items?panel=${i}").then((response) => response.json()).then(setRows);
  }, []);
  return (
    <section className="panel">
      <h2>{title}</h2>
      <ul>
${Array.from({ length: items }, (_, k) => `        <li key="${k}">{rows[${k}] ?? "…"}</li>`).join("\n")}
      </ul>
    </section>
  );
}
`;
}

const PORTS = [3000, 3001, 4000, 8080, 8081, 9090, 50051, 443];

function serverFile(i: number, next: () => number): string {
  const port = PORTS[Math.floor(next() * PORTS.length)]!;
  switch (i % 4) {
    case 0:
      return `import express from "express";\nimport { router } from "./router.js";\n\nconst app = express();\napp.use(express.json());\napp.use("/api", router);\napp.listen(Number(process.env.PORT ?? ${port}), () => console.log("ready"));\n`;
    case 1:
      return `import Fastify from "fastify";\n\nconst fastify = Fastify({ logger: true });\nfastify.get("/health", async () => ({ ok: true }));\nawait fastify.listen({ port: ${port}, host: "0.0.0.0" });\n`;
    case 2:
      return `import http from "node:http";\nimport { handler } from "./handler.js";\n\nconst PORT = process.env.PORT || ${port};\nhttp.createServer(handler).listen(PORT);\n`;
    default:
      return `import { WebSocketServer } from "ws";\n\nconst wss = new WebSocketServer({ port: ${port} });\nwss.on("connection", (socket) => socket.send("hello"));\n`;
  }
}

function capital(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}
