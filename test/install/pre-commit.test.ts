// The pre-commit hook with the real pre-commit (Debian 12's 3.0.4 in CI: .ci/run installs it),
// configured as the README shows, the repository URL pointed at a release of this repository:
// pre-commit clones the tag, installs the hook the way it installs node hooks (npm install,
// npm pack, a global install of the tarball), and runs it on the staged files of a commit.
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { docBlock, README } from "../config/docs-blocks.js";
import { git, release, scratchDir, TAG } from "./release.js";

function preCommitVersion(): string | undefined {
  try {
    return execFileSync("pre-commit", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return undefined;
  }
}

const version = preCommitVersion();
if (version === undefined) {
  console.warn("SKIPPED test/install/pre-commit.test.ts: `pre-commit` is not on the PATH (.ci/run installs Debian's package). The hook was NOT tested.");
}

const scratch = scratchDir("port-policy-pre-commit-");
afterAll(scratch.cleanup);

const BAD = 'services:\n  web:\n    image: nginx\n    ports:\n      - "50000:80"\n';
const GOOD = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n';

describe.skipIf(version === undefined)(`the pre-commit hook, with ${version ?? "no pre-commit"}`, () => {
  it("blocks a commit of a compose file with a dynamic port, naming it, and lets the fixed file through", () => {
    const repo = join(scratch.path, "project");
    git(scratch.path, "init", "-q", repo);
    const config = docBlock("pre-commit-config", README);
    expect(config).toContain(`rev: ${TAG}`);
    writeFileSync(join(repo, ".pre-commit-config.yaml"), config.replace(/repo: \S+/, `repo: ${release().repository}`));
    const env = { ...process.env, PRE_COMMIT_HOME: join(scratch.path, "pre-commit-home"), npm_config_prefer_offline: "true" };
    execFileSync("pre-commit", ["install"], { cwd: repo, env, stdio: "ignore" });

    writeFileSync(join(repo, "compose.yaml"), BAD);
    git(repo, "add", "-A");
    const blocked = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-m", "add web"], { cwd: repo, env, encoding: "utf8" });
    const output = blocked.stdout + blocked.stderr;
    expect(blocked.status, output).not.toBe(0);
    expect(output).toMatch(/port-policy\.+Failed/);
    expect(output).toMatch(/compose\.yaml\n\s+5:10\s+error\s+.*no-dynamic-port/);
    expect(spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: repo }).status).not.toBe(0);

    writeFileSync(join(repo, "compose.yaml"), GOOD);
    git(repo, "add", "-A");
    const passed = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-m", "add web"], { cwd: repo, env, encoding: "utf8" });
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(passed.stdout + passed.stderr).toMatch(/port-policy\.+Passed/);
  }, 300_000);
});
