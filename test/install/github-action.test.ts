// The GitHub Action as a runner would run it: its steps read from action.yml (not a copy), the
// action checked out at the README's tag from a release of this repository (a plain clone:
// no node_modules, no build), each `run` step executed with the runner's bash flags and
// variables, `${{ … }}` filled in from the inputs and step outputs. The SARIF upload step is
// GitHub's own action and cannot run here: the test checks the file it would upload instead.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { docBlock, README } from "../config/docs-blocks.js";
import { git, MOVING_TAG, release, ROOT, scratchDir } from "./release.js";

interface Step {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as Action;

const scratch = scratchDir("port-policy-action-");
afterAll(scratch.cleanup);
let actionPath: string;

beforeAll(() => {
  // What `uses: port-policy/eslint-plugin-port-policy@v0` checks out.
  actionPath = join(scratch.path, "action");
  git(scratch.path, "clone", "-q", "--branch", MOVING_TAG, release().repository, actionPath);
}, 120_000);

interface StepRun {
  step: Step;
  status: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
}

/** The expressions action.yml uses, and nothing else: an unknown one fails the test rather than being guessed. */
function evaluate(expression: string, inputs: Record<string, string>, done: ReadonlyMap<string, StepRun>): string {
  const input = /^inputs\.([\w-]+)$/.exec(expression);
  if (input) return inputs[input[1]!] ?? "";
  const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression);
  if (output) return done.get(output[1]!)?.outputs[output[2]!] ?? "";
  throw new Error(`action.yml uses an expression this test does not know: \${{ ${expression} }}`);
}

function fill(text: string, inputs: Record<string, string>, done: ReadonlyMap<string, StepRun>): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => evaluate(expression, inputs, done));
}

function condition(step: Step, inputs: Record<string, string>): boolean {
  if (step.if === undefined) return true;
  const upload = /^always\(\) && inputs\.([\w-]+) == '(\w+)'$/.exec(step.if);
  if (upload) return inputs[upload[1]!] === upload[2];
  throw new Error(`action.yml has a condition this test does not know: ${step.if}`);
}

/** Runs the action's steps in `workspace`, as the runner does for a composite action. */
function runAction(workspace: string, given: Record<string, string>): StepRun[] {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default ?? ""]));
  // One runner temp for every run here: the install step then finds its packages already in
  // place on the second and third run, which keeps the test to one full install.
  const runnerTemp = join(scratch.path, "runner-temp");
  mkdirSync(runnerTemp, { recursive: true });
  const done = new Map<string, StepRun>();
  const runs: StepRun[] = [];
  for (const [index, step] of action.runs.steps.entries()) {
    if (!condition(step, inputs)) continue;
    if (step.uses !== undefined) {
      runs.push({ step, status: 0, stdout: "", stderr: "", outputs: Object.fromEntries(Object.entries(step.with ?? {}).map(([key, value]) => [key, fill(value, inputs, done)])) });
      continue;
    }
    expect(step.shell).toBe("bash");
    const script = join(runnerTemp, `step-${index}.sh`);
    const outputFile = join(runnerTemp, `output-${index}`);
    writeFileSync(script, fill(step.run ?? "", inputs, done));
    writeFileSync(outputFile, "");
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, fill(value, inputs, done)]));
    const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], {
      cwd: workspace,
      encoding: "utf8",
      env: {
        ...process.env,
        ...env,
        CI: "true",
        GITHUB_ACTIONS: "true",
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: actionPath,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(runnerTemp, "summary.md"),
        RUNNER_TEMP: runnerTemp,
        npm_config_prefer_offline: "true",
      },
    });
    const outputs = Object.fromEntries(
      readFileSync(outputFile, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const run: StepRun = { step, status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, outputs };
    runs.push(run);
    if (step.id) done.set(step.id, run);
    if (run.status !== 0) break;
  }
  return runs;
}

function workspaceWith(name: string, files: Record<string, string>): string {
  const workspace = join(scratch.path, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  return workspace;
}

const BAD = {
  "compose.yaml": 'services:\n  web:\n    image: nginx\n    ports:\n      - "50000:80"\n',
  "src/server.ts": 'import { createServer } from "node:http";\nconst port: number = 6000;\ncreateServer().listen(port);\n',
};

describe("action.yml, run from a checkout of the release tag", () => {
  it("is the composite action the README's workflow uses", () => {
    expect(action.runs.using).toBe("composite");
    expect(docBlock("github-action", README)).toContain(`uses: port-policy/eslint-plugin-port-policy@${MOVING_TAG}`);
  });

  it("installs without a build, annotates config and TypeScript findings, and fails the job with scan's exit code", () => {
    const runs = runAction(workspaceWith("bad", BAD), {});
    const names = runs.map((run) => run.step.name);
    expect(names).toEqual(["Install port-policy", "Scan", "Fail on findings"]);
    const [install, scanStep, fail] = runs;
    expect(install?.status, install?.stderr).toBe(0);
    expect(scanStep?.outputs["exit-code"]).toBe("1");
    const annotations = scanStep!.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations.map((line) => /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),endLine=\d+,endColumn=(\d+),title=([\w-]+)::/.exec(line)?.slice(1))).toEqual([
      ["error", "compose.yaml", "5", "10", "15", "no-dynamic-port"],
      ["error", "src/server.ts", "2", "22", "26", "no-browser-unsafe-port"],
    ]);
    expect(fail?.status).toBe(1);
    expect(fill(action.outputs["exit-code"]!.value, {}, new Map([["scan", scanStep!]]))).toBe("1");
  }, 240_000);

  it("writes the SARIF file the upload step names when upload-sarif is true, and passes a clean workspace", () => {
    const runs = runAction(workspaceWith("sarif", BAD), { "upload-sarif": "true", category: "ports" });
    expect(runs.map((run) => run.step.name)).toEqual(["Install port-policy", "Scan", "Upload SARIF", "Fail on findings"]);
    const upload = runs[2]!;
    expect(upload.step.uses).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(upload.outputs).toEqual({ sarif_file: "port-policy.sarif", category: "ports" });
    const sarif = JSON.parse(readFileSync(join(scratch.path, "sarif", "port-policy.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(["no-dynamic-port", "no-browser-unsafe-port"]);
    expect(sarif.runs[0].automationDetails).toEqual({ id: "ports" });

    const clean = runAction(workspaceWith("clean", { "compose.yaml": 'services:\n  web:\n    image: nginx\n    ports: ["8080:80"]\n' }), {});
    expect(clean.map((run) => [run.step.name, run.status])).toEqual([
      ["Install port-policy", 0],
      ["Scan", 0],
      ["Fail on findings", 0],
    ]);
    expect(clean[1]?.outputs["exit-code"]).toBe("0");
  }, 240_000);
});
