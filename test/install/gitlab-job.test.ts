// The GitLab CI job template's script, run as GitLab's shell would in a fresh workspace, with
// the package name pointed at the packed tarball: it writes the Code Quality and JUnit reports
// its artifacts declare, with config and TypeScript findings in them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { release, ROOT, scratchDir } from "./release.js";

interface Job {
  script: string[];
  artifacts: { reports: { codequality: string; junit: string } };
}

const workspace = scratchDir("port-policy-gitlab-");
afterAll(workspace.cleanup);

describe("examples/gitlab/port-policy.gitlab-ci.yml", () => {
  it("writes both reports with the findings of a compose file and a TypeScript file, and fails the job", () => {
    const job = (parse(readFileSync(join(ROOT, "examples/gitlab/port-policy.gitlab-ci.yml"), "utf8")) as Record<string, Job>)["port-policy"]!;
    const [script] = job.script;
    expect(script).toContain("--package eslint-plugin-port-policy ");
    mkdirSync(join(workspace.path, "src"));
    writeFileSync(join(workspace.path, "compose.yaml"), 'services:\n  web:\n    image: nginx\n    ports:\n      - "50000:80"\n');
    writeFileSync(join(workspace.path, "src/server.ts"), 'import { createServer } from "node:http";\nconst port: number = 6000;\ncreateServer().listen(port);\n');
    const command = script!.replace("--package eslint-plugin-port-policy ", `--package ${release().tarball} `);
    const result = spawnSync("sh", ["-c", command], { cwd: workspace.path, encoding: "utf8", env: { ...process.env, npm_config_prefer_offline: "true" } });
    expect(result.status, result.stderr).toBe(1);
    const quality = JSON.parse(readFileSync(join(workspace.path, job.artifacts.reports.codequality), "utf8")) as Array<{ check_name: string; location: { path: string; lines?: { begin: number }; positions?: { begin: { line: number } } } }>;
    expect(quality.map((issue) => [issue.check_name, issue.location.path])).toEqual([
      ["no-dynamic-port", "compose.yaml"],
      ["no-browser-unsafe-port", "src/server.ts"],
    ]);
    expect(existsSync(join(workspace.path, job.artifacts.reports.junit))).toBe(true);
    expect(readFileSync(join(workspace.path, job.artifacts.reports.junit), "utf8")).toMatch(/<testsuites[^>]*failures="2"/);
  }, 180_000);
});
