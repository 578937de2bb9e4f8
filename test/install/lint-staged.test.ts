// examples/lint-staged/ as a project: its files copied into a fresh git repository, its
// packages installed (this package from the packed tarball, the rest at the versions this
// release was tested with), and commits made through its hook, as a developer would.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { git, lockedVersion, release, ROOT, scratchDir } from "./release.js";

const project = scratchDir("port-policy-lint-staged-");
afterAll(project.cleanup);

beforeAll(() => {
  git(project.path, "init", "-q");
  cpSync(join(ROOT, "examples/lint-staged"), project.path, { recursive: true });
  // The example's own package.json, with this package from the tarball and the others at the
  // versions this release was tested with; then `npm install`, as after a clone, which also runs
  // the example's `prepare` (it points git at .githooks/).
  const manifestFile = join(project.path, "package.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { devDependencies: Record<string, string> };
  for (const name of Object.keys(manifest.devDependencies)) manifest.devDependencies[name] = name === "eslint-plugin-port-policy" ? `file:${release().tarball}` : lockedVersion(name);
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2));
  execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: project.path, stdio: ["ignore", "pipe", "pipe"] });
}, 240_000);

/** A developer's terminal, not vitest's: lint-staged's renderer reads NODE_ENV=test as "print events as JSON". */
function developerEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "NODE_ENV" && !name.startsWith("VITEST") && name !== "TEST"));
  return { ...env, NO_COLOR: "1" };
}

function commit(files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(project.path, path), text);
  git(project.path, "add", ...Object.keys(files));
  const result = spawnSync("git", ["-c", "user.name=t", "-c", "user.email=t@t.invalid", "commit", "-m", "change"], { cwd: project.path, encoding: "utf8", env: developerEnv() });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe("the lint-staged example", { timeout: 120_000 }, () => {
  it("is wired: npm install set git's hooks path to the example's hook", () => {
    expect(git(project.path, "config", "core.hooksPath")).toBe(".githooks");
  });

  it("blocks a commit whose staged compose file and TypeScript file open bad ports, naming both", () => {
    const { status, output } = commit({
      "compose.yaml": 'services:\n  web:\n    image: nginx\n    ports:\n      - "50000:80"\n',
      "server.ts": 'import { createServer } from "node:http";\nconst port: number = 6000;\ncreateServer().listen(port);\n',
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/compose\.yaml\n\s+5:10\s+error\s+.*no-dynamic-port/);
    expect(output).toMatch(/server\.ts\n\s+2:22\s+error\s+.*port-policy\/no-browser-unsafe-port/);
    expect(spawnSync("git", ["rev-parse", "--verify", "HEAD"], { cwd: project.path }).status).not.toBe(0);
  }, 120_000);

  it("lets the fixed files through", () => {
    const { status, output } = commit({
      "compose.yaml": 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n',
      "server.ts": 'import { createServer } from "node:http";\nconst port: number = 8080;\ncreateServer().listen(port);\n',
    });
    expect(status, output).toBe(0);
  }, 120_000);
});
