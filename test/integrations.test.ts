// The integration files users copy (pre-commit hook, GitHub Action, GitLab job, lint-staged)
// are checked against what the CLI really accepts, so they cannot drift from it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseScanArgs } from "../src/commands/scan-options.js";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
const packageJson = JSON.parse(read("package.json")) as { bin: Record<string, string> };

/** `port-policy scan a b --format x` → the arguments after `scan`, with shell quotes and variables dropped. */
function scanArguments(commandLine: string): string[] {
  const words = commandLine.replace(/"/g, "").split(/\s+/).filter(Boolean);
  return words.slice(words.indexOf("scan") + 1).map((word) => (word.startsWith("$") ? "value" : word));
}

describe(".pre-commit-hooks.yaml", () => {
  const [hook] = parse(read(".pre-commit-hooks.yaml")) as Array<Record<string, unknown>>;

  it("declares a node hook whose entry is this package's bin", () => {
    expect(hook).toMatchObject({ id: "port-policy", language: "node", pass_filenames: true });
    expect(Object.keys(packageJson.bin)).toContain(String(hook!.entry).split(" ")[0]);
    expect(parseScanArgs(scanArguments(String(hook!.entry)), {})).toMatchObject({ ok: true });
  });

  it("passes YAML, env files (.env and .env.local too) and Dockerfiles, and nothing else", () => {
    const files = new RegExp(String(hook!.files));
    for (const path of [".env", ".env.local", "app/prod.env", "compose.yaml", "k8s/deploy.yml", ".github/workflows/ci.yaml", "Dockerfile", "api/Dockerfile.prod", "api/web.Dockerfile", "Containerfile"]) {
      expect(path).toMatch(files);
    }
    for (const path of ["src/server.ts", ".envrc", "README.md", "values.json", "Dockerfiles/readme.txt"]) expect(path).not.toMatch(files);
  });
});

describe("action.yml", () => {
  const action = parse(read("action.yml")) as { runs: { using: string; steps: Array<Record<string, unknown>> } };

  it("is a composite action whose run steps all name a shell", () => {
    expect(action.runs.using).toBe("composite");
    for (const step of action.runs.steps.filter((s) => "run" in s)) expect(step.shell).toBe("bash");
  });

  it("uploads SARIF with codeql-action and runs scan with options the CLI accepts", () => {
    expect(action.runs.steps.some((step) => String(step.uses).startsWith("github/codeql-action/upload-sarif@"))).toBe(true);
    const script = String(action.runs.steps.find((step) => step.id === "scan")?.run);
    const commands = script.split("\n").filter((line) => line.includes('"$bin" scan'));
    expect(commands).toHaveLength(2);
    for (const command of commands) expect(parseScanArgs(scanArguments(command.replace("$PATHS $ARGS", "")), {})).toMatchObject({ ok: true });
    const [sarif] = commands;
    expect(parseScanArgs(scanArguments(sarif!), {})).toMatchObject({ ok: true, args: { outputs: [{ format: "github" }, { format: "sarif", file: "value" }] } });
  });
});

describe("GitLab CI job template", () => {
  const job = (parse(read("examples/gitlab/port-policy.gitlab-ci.yml")) as Record<string, { script: string[]; artifacts: { reports: Record<string, string> } }>)["port-policy"]!;

  it("writes the Code Quality and JUnit reports its artifacts declare", () => {
    const parsed = parseScanArgs(scanArguments(job.script[0]!), {});
    expect(parsed).toMatchObject({ ok: true });
    const outputs = parsed.ok ? parsed.args.outputs : [];
    expect(outputs).toEqual([
      { format: "stylish" },
      { format: "gitlab", file: job.artifacts.reports.codequality },
      { format: "junit", file: job.artifacts.reports.junit },
    ]);
  });
});

describe("lint-staged example", () => {
  it("sends config files to port-policy scan and code to ESLint", () => {
    const config = JSON.parse(read("examples/lint-staged/.lintstagedrc.json")) as Record<string, string>;
    expect(Object.entries(config).map(([glob, command]) => [glob, command.split(" ")[0]])).toEqual([
      ["*.{yaml,yml}", "port-policy"],
      [".env*", "port-policy"],
      ["*.env", "port-policy"],
      ["{Dockerfile,Dockerfile.*,*.Dockerfile,Containerfile,Containerfile.*}", "port-policy"],
      ["*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}", "eslint"],
    ]);
  });
});
