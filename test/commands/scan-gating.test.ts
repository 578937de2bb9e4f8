// The CI side of `port-policy scan`: several reports in one run, baselines on a real git
// repository, --quiet, --max-warnings, unused suppressions, GitHub Actions defaults.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
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

  it("a baseline does not absorb a broken file that was edited since", async () => {
    const root = tempDir();
    const broken = 'services:\n  agent:\n    ports: ["50000:50000"\n';
    writeFiles(root, { "compose.yaml": broken });
    expect(await scan(["--no-code", "--write-baseline", "b.json"], capture(root).io)).toBe(0);
    const unchanged = capture(root);
    expect(await scan(["--no-code", "--baseline", "b.json", "--format", "json"], unchanged.io)).toBe(0);
    expect(JSON.parse(unchanged.out.stdout).summary.baseline).toEqual({ known: 1, vanished: 0 });
    // A new port, still broken: nothing was checked, so it must not pass as known.
    writeFiles(root, { "compose.yaml": 'services:\n  agent:\n    ports: ["50000:50000", "60000:60000"\n' });
    const edited = capture(root);
    expect(await scan(["--no-code", "--baseline", "b.json", "--format", "json"], edited.io)).toBe(1);
    const report = JSON.parse(edited.out.stdout);
    expect(report.findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path])).toEqual([["parse-error", "compose.yaml"]]);
    expect(report.summary.baseline).toEqual({ known: 0, vanished: 1 });
  });

  // Reading a FIFO blocks until a writer comes; /dev/zero never ends. The fingerprint used to
  // read each file again, unbounded: with a baseline these hung, or grew to 16.8 GB.
  it("a FIFO and a link to /dev/zero with --write-baseline and --baseline: reported, fast", async () => {
    const root = tempDir();
    writeFiles(root, { "compose.yaml": COMPOSE });
    execFileSync("mkfifo", [path.join(root, "pipe.yml"), path.join(root, "pipe.js")]);
    symlinkSync("/dev/zero", path.join(root, "zero.js"));
    symlinkSync("/dev/zero", path.join(root, "zero.yaml"));
    const started = Date.now();
    const write = capture(root);
    expect(await scan(["--write-baseline", "b.json"], write.io)).toBe(0);
    expect(write.out.stderr).toContain("wrote 5 finding(s)");
    const again = capture(root);
    expect(await scan(["--baseline", "b.json", "--format", "json"], again.io)).toBe(0);
    expect(JSON.parse(again.out.stdout).summary.baseline).toEqual({ known: 5, vanished: 0 });
    const plain = capture(root);
    expect(await scan(["--format", "json"], plain.io)).toBe(1);
    expect(JSON.parse(plain.out.stdout).findings.map((f: { ruleId: string; path: string }) => [f.ruleId, f.path])).toEqual([
      ["no-dynamic-port", "compose.yaml"],
      ["parse-error", "pipe.js"],
      ["parse-error", "pipe.yml"],
      ["parse-error", "zero.js"],
      ["parse-error", "zero.yaml"],
    ]);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it("a baseline that is a FIFO or /dev/zero is refused, not read", async () => {
    const root = tempDir();
    execFileSync("mkfifo", [path.join(root, "b.json")]);
    symlinkSync("/dev/zero", path.join(root, "z.json"));
    for (const name of ["b.json", "z.json"]) {
      const { io, out } = capture(root);
      expect(await scan(["--no-code", "--baseline", name], io)).toBe(2);
      expect(out.stderr).toBe(`port-policy scan: cannot read the baseline ${name}: it is not a regular file\n`);
    }
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

  it("--changed-since scans a changed file whose name git would quote", async () => {
    const root = tempDir();
    writeFiles(root, { "a/compose.yaml": COMPOSE, "café\tbar/compose.yaml": COMPOSE.replace("50000:50000", "8080:8080") });
    git(root, "init", "-q");
    git(root, "add", ".");
    git(root, "commit", "-qm", "base");
    writeFiles(root, { "café\tbar/compose.yaml": COMPOSE });
    const { io, out } = capture(root);
    expect(await scan(["--no-code", "--changed-since", "HEAD", "--format", "json"], io)).toBe(1);
    const report = JSON.parse(out.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual(["café\tbar/compose.yaml"]);
    expect(report.findings.map((f: { ruleId: string; line: number; port: number }) => [f.ruleId, f.line, f.port])).toEqual([["no-dynamic-port", 5, 50000]]);
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
