// Mutation fuzz over the shared corpus (issue 11): config files of every kind, mutated by a seeded
// generator (characters replaced, lines deleted, doubled, swapped, re-indented, hostile tokens
// inserted: aliases, anchors, brackets, quotes, CRs, ${, tags, NUL, deep nesting), scanned through
// the CLI with --format json. Every run must exit 0 or 1, print valid JSON and no stack trace,
// and account for every file: listed as checked, reported as not checked (parse-error), or, for a
// file whose kind only its content decides, skipped with a reason under --verbose.
// JS/TS is left out (--no-code): ESLint's parsers are not ours, and they are slow per file.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../bench/seeded-random.js";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { hasShared, SHARED_DIR, SKIP_MESSAGE } from "./compose/shared-vectors.js";
import { tempDir, writeFiles } from "./scan-fixture.js";

// Longer local runs: FUZZ_ROUNDS=3000 FUZZ_SEED=7 npx vitest run test/scan/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_311);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 60);
const FILES_PER_ROUND = 4;

type Kind = "compose" | "kubernetes" | "actions" | "env";
interface Source {
  kind: Kind;
  text: string;
}

function corpus(): Source[] {
  const kinds: Kind[] = ["compose", "kubernetes", "actions", "env"];
  return kinds.flatMap((kind) => readdirSync(`${SHARED_DIR}corpus/${kind}`).map((name) => ({ kind, text: readFileSync(`${SHARED_DIR}corpus/${kind}/${name}`, "utf8") })));
}

const TOKENS = [
  "*a", "&a ", "*nope", "<<: *a\n", "[", "]", "{", "}", '"', "'", "\r", "\r\n", "\t", "${", "${X:-", "${X:?m}", "$$", "}", ":", ": ", "- ", "\n---\n", "--- {",
  "!!binary ", "!reset ", "!override ", "!!int ", "\u0000", "\uFEFF", "99999999", "-1", "0x50", "080", "~", "? ", "|\n", ">-\n", "%YAML 1.1\n", "# ",
  "\u2028", "é", "ports: ", "ports:\n  - ", "target: ", "published: [", "containerPort: ", "hostPort: true", "PORT=", "export ", "\\",
];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** One mutation of a text; lines are split on LF only, so CRs stay where they are. */
function mutate(text: string, random: Random): string {
  const lines = text.split("\n");
  const line = Math.floor(random() * lines.length);
  switch (Math.floor(random() * 9)) {
    case 0: {
      const at = Math.floor(random() * (text.length + 1));
      return text.slice(0, at) + pick(random, TOKENS) + text.slice(at + 1);
    }
    case 1:
      lines.splice(line, 1);
      return lines.join("\n");
    case 2:
      lines.splice(line, 0, lines[line] ?? "");
      return lines.join("\n");
    case 3: {
      const other = Math.floor(random() * lines.length);
      [lines[line], lines[other]] = [lines[other] ?? "", lines[line] ?? ""];
      return lines.join("\n");
    }
    case 4:
      lines[line] = random() < 0.5 ? `  ${lines[line]}` : (lines[line] ?? "").replace(/^ {1,2}/, "");
      return lines.join("\n");
    case 5:
      return text.slice(0, Math.floor(random() * text.length));
    case 6:
      return text.replace(/\d+/g, (digits) => (random() < 0.2 ? pick(random, ["0", "65536", "49152", "-80", "1e3", "22:22", "8080-8070", digits + digits]) : digits));
    case 7: {
      // Deep nesting, past the parser's depth limit half of the time.
      const depth = random() < 0.5 ? 40 : 2_000;
      const at = Math.floor(random() * (text.length + 1));
      return `${text.slice(0, at)}${"[".repeat(depth)}${"]".repeat(random() < 0.8 ? depth : 0)}${text.slice(at)}`;
    }
    default: {
      const at = Math.floor(random() * (text.length + 1));
      return text.slice(0, at) + pick(random, TOKENS) + text.slice(at);
    }
  }
}

/** Where a file of each kind goes so that its kind is what it was: names decide all but Kubernetes. */
function placeFor(kind: Kind, index: number): string {
  switch (kind) {
    case "compose":
      return `p${index}/compose.yaml`;
    case "env":
      return `p${index}/.env`;
    case "actions":
      return `.github/workflows/w${index}.yml`;
    case "kubernetes":
      return `k8s/m${index}.yaml`;
  }
}

interface JsonReport {
  findings: Array<{ ruleId: string; path: string; line: number; column: number }>;
  files: Array<{ path: string; kind: string }>;
}

async function run(root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, cwd: root, env: {} };
  const code = await scan([".", "--no-code", "--verbose", "--format", "json"], io);
  return { code, stdout, stderr };
}

describe.skipIf(!hasShared)(`mutation fuzz over the shared corpus${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  it(`${ROUNDS} seeded rounds of ${FILES_PER_ROUND} mutated files: exit 0 or 1, valid JSON, no stack trace, every file accounted for`, async () => {
    const sources = corpus();
    const random = seededRandom(SEED);
    for (let round = 0; round < ROUNDS; round++) {
      const files: Record<string, string> = {};
      for (let index = 0; index < FILES_PER_ROUND; index++) {
        const source = pick(random, sources);
        let text = source.text;
        for (let times = 1 + Math.floor(random() * 4); times > 0; times--) text = mutate(text, random);
        files[placeFor(source.kind, index)] = text;
      }
      const root = tempDir("port-policy-fuzz-");
      writeFiles(root, files);
      const context = `round ${round} (seed ${SEED}) in ${root}`;
      const { code, stdout, stderr } = await run(root);
      expect([0, 1], context).toContain(code);
      expect(stderr, context).not.toMatch(/internal error|\n\s+at /);
      const report = JSON.parse(stdout) as JsonReport;
      const checked = new Set(report.files.map((file) => file.path));
      const notChecked = new Set(report.findings.filter((f) => f.ruleId === "parse-error").map((f) => f.path));
      const skipped = new Set([...stderr.matchAll(/^(.+): skipped: /gm)].map((match) => match[1]!));
      for (const path of Object.keys(files)) {
        const accounted = checked.has(path) || notChecked.has(path) || (path.startsWith("k8s/") && skipped.has(path));
        expect(accounted, `${context}: ${path} is neither checked nor reported`).toBe(true);
      }
      for (const finding of report.findings) expect(finding.line, context).toBeGreaterThanOrEqual(1);
    }
  }, Math.max(120_000, ROUNDS * 2_000));
});
