import { describe, expect, it } from "vitest";
import { run, type Io } from "../src/cli.js";

async function cli(...argv: string[]) {
  const out = { stdout: "", stderr: "" };
  const io: Io = { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd: process.cwd(), env: {} };
  return { code: await run(argv, io), ...out };
}

describe("port-policy", () => {
  it("prints usage and exits 2 without a command, 0 with --help", async () => {
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain("Usage: port-policy <command> [options]");
    expect((await cli("--help")).code).toBe(0);
  });

  it("names an unknown command and exits 2", async () => {
    const { code, stderr } = await cli("lint");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^port-policy: unknown command "lint"\./);
  });

  it("prints the package version", async () => {
    const { code, stdout } = await cli("--version");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
