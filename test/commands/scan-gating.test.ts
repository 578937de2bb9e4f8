// The CI side of `port-policy scan`: several reports in one run, baselines on a real git
// repository, --quiet, --max-warnings, unused suppressions, GitHub Actions defaults.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/cli.js";
import { scan } from "../../src/commands/scan.js";
import { tempDir, writeFiles } from "../scan/scan-fixture.js";

function capture(cwd: string, env: Record<string, string> = {}) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd, env };
  return { io, out };
}

const COMPOSE = 'services:\n  agent:\n    image: jenkins/inbound-agent\n    ports:\n      - "50000:50000"\n';

describe("scan: reports and gating", () => {
  it("writes stylish to stdout and SARIF to a file in one run, leaving no temporary file", async () => {
    const root = tempDir();
    writeFiles(root, { "compose.yaml": COMPOSE });
    const { io, out } = capture(root);
    const code = await scan(["--no-code", "--format", "stylish", "--format", "sarif", "--output-file", "reports/port-policy.sarif"], io);
    expect(code).toBe(1);
    expect(out.stdout).toContain("5:10  error  Port 50000 is in the dynamic range");
    const sarif = JSON.parse(readFileSync(path.join(root, "reports/port-policy.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["no-dynamic-port"]);
    expect(readdirSync(path.join(root, "reports"))).toEqual(["port-policy.sarif"]);
  });

  it("refuses two formats on standard output", async () => {
    const { io, out } = capture(tempDir());
    expect(await scan(["--format", "json", "--format", "sarif"], io)).toBe(2);
    expect(out.stderr).toContain("more than one --format prints to standard output");
  });

  it("uses annotations and writes a job summary on GitHub Actions", async () => {
    const root = tempDir();
    writeFiles(root, { "compose.yaml": COMPOSE });
    const summary = path.join(root, "summary.md");
    writeFileSync(summary, "");
    const { io, out } = capture(root, { GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: summary });
    expect(await scan(["--no-code", "compose.yaml"], io)).toBe(1);
    expect(out.stdout).toMatch(/^::error file=compose\.yaml,line=5,col=10,endLine=5,endColumn=15,title=no-dynamic-port::Port 50000/);
    expect(readFileSync(summary, "utf8")).toContain("no-dynamic-port");
  });

  it("--quiet drops warnings and --max-warnings turns too many into a failure", async () => {
    const root = tempDir();
    writeFiles(root, { "k8s/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      ports: [{containerPort: 40000}]\n" });
    const quiet = capture(root);
    expect(await scan(["--no-code", "--quiet", "--format", "json"], quiet.io)).toBe(0);
    expect(JSON.parse(quiet.out.stdout).findings).toEqual([]);
    expect(await scan(["--no-code", "--max-warnings", "0"], capture(root).io)).toBe(1);
    expect(await scan(["--no-code", "--max-warnings", "1"], capture(root).io)).toBe(0);
  });

  it("reports an unused suppression as a warning, or an error with --report-unused-disable-directives", async () => {
    const root = tempDir();
    writeFiles(root, { ".env": "# port-policy-disable-next-line no-dynamic-port -- was 50000\nPORT=8080\n" });
    const plain = capture(root);
    expect(await scan(["--no-code", "--format", "json"], plain.io)).toBe(0);
    expect(JSON.parse(plain.out.stdout).findings).toMatchObject([{ ruleId: "unused-disable-directive", severity: "warning", line: 1, column: 1 }]);
    expect(await scan(["--no-code", "--report-unused-disable-directives"], capture(root).io)).toBe(1);
  });
});

describe("scan: baseline and --changed-since on a real git repository", () => {
  const git = (cwd: string, ...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], { cwd, stdio: "pipe" });

  it("records a baseline, then reports only new findings after lines moved, and counts vanished entries", async () => {
    const root = tempDir();
    writeFiles(root, { "compose.yaml": COMPOSE });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-qm", "base");
    const write = capture(root);
    expect(await scan(["--no-code", "--write-baseline", "port-policy-baseline.json"], write.io)).toBe(0);
    expect(write.out.stderr).toContain("wrote 1 finding(s) to the baseline port-policy-baseline.json");
    expect(existsSync(path.join(root, "port-policy-baseline.json"))).toBe(true);

    writeFiles(root, { "compose.yaml": `# moved down by a comment\n${COMPOSE}      - "50001:50001"\n` });
    const after = capture(root);
    expect(await scan(["--no-code", "--baseline", "port-policy-baseline.json", "--format", "json"], after.io)).toBe(1);
    const report = JSON.parse(after.out.stdout);
    expect(report.findings.map((f: { line: number; port: number }) => [f.line, f.port])).toEqual([[7, 50001]]);
    expect(report.summary.baseline).toEqual({ known: 1, vanished: 0 });

    writeFiles(root, { "compose.yaml": 'services:\n  agent:\n    image: jenkins/inbound-agent\n    ports:\n      - "8080:8080"\n' });
    const fixed = capture(root);
    expect(await scan(["--no-code", "--baseline", "port-policy-baseline.json"], fixed.io)).toBe(0);
    expect(fixed.out.stdout).toContain("1 baseline entry no longer found (prune with --write-baseline)");
  });

  it("a baseline that is not one is a usage error", async () => {
    const root = tempDir();
    writeFiles(root, { "b.json": "[]" });
    const { io, out } = capture(root);
    expect(await scan(["--baseline", "b.json"], io)).toBe(2);
    expect(out.stderr).toContain("baseline b.json: it is not a port-policy baseline");
  });

  it("--changed-since checks only the changed compose project", async () => {
    const root = tempDir();
    writeFiles(root, { "a/compose.yaml": COMPOSE, "b/compose.yaml": COMPOSE });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-qm", "base");
    writeFiles(root, { "b/.env": "UNUSED=1\n" });
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "--changed-since", "HEAD", "--format", "json"], io)).toBe(1);
    expect(JSON.parse(out.stdout).files.map((f: { path: string }) => f.path)).toEqual(["b/.env", "b/compose.yaml"]);
  });
});

describe("scan: configuration errors exit 2 with a clear message", () => {
  async function runIn(files: Record<string, string>) {
    const root = tempDir();
    writeFiles(root, { "compose.yaml": COMPOSE, ...files });
    const { io, out } = capture(root);
    return { code: await scan(["--no-code"], io), stderr: out.stderr, stdout: out.stdout };
  }

  it("an invalid value names the file, the key, the value and what is allowed", async () => {
    const { code, stderr, stdout } = await runIn({ "port-policy.config.yml": "rules:\n  no-dynamic-port: eror\n" });
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain('port-policy.config.yml:2:20: rules.no-dynamic-port: "eror" is not one of error, warn, off (did you mean "error"?).');
  });

  it("a missing preset package names the package and the file that asked for it", async () => {
    const { code, stderr } = await runIn({ "port-policy.config.yml": 'extends: ["@acme/no-such-config"]\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/port-policy\.config\.yml.*@acme\/no-such-config/);
  });

  it("an extends cycle shows the chain", async () => {
    const { code, stderr } = await runIn({ "port-policy.config.yml": "extends: ./a.yml\n", "a.yml": "extends: ./b.yml\n", "b.yml": "extends: ./a.yml\n" });
    expect(code).toBe(2);
    expect(stderr).toMatch(/a\.yml → b\.yml → a\.yml/);
  });
});
