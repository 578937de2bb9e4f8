import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedSince, selectChanged } from "../../src/scan/changed-files.js";

describe("--changed-since on a real git repository", () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "pipe" }).toString();
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), "port-policy-changed-"));
    git("init", "-q", "-b", "main");
    git("config", "user.email", "test@example.invalid");
    git("config", "user.name", "test");
    write("shop/compose.yaml", "services: {}\n");
    write("shop/.env", "PORT=8080\n");
    write("k8s/app.yaml", "kind: Pod\n");
    write("k8s/db.yaml", "kind: Pod\n");
    git("add", ".");
    git("commit", "-qm", "base");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("lists committed, unstaged and untracked changes since the ref", async () => {
    write("k8s/app.yaml", "kind: Deployment\n");
    git("commit", "-qam", "change app");
    write("k8s/db.yaml", "kind: StatefulSet\n");
    write("k8s/new.yaml", "kind: Service\n");
    const result = await changedSince("HEAD~1", repo);
    expect(result.ok && [...result.files].map((f) => path.relative(repo, f)).sort()).toEqual(["k8s/app.yaml", "k8s/db.yaml", "k8s/new.yaml"]);
  });

  it("widens a changed .env to the compose file it feeds", () => {
    const candidates = ["shop/compose.yaml", "shop/.env", "k8s/app.yaml"].map((f) => path.join(repo, f));
    const selected = selectChanged(candidates, new Set([path.join(repo, "shop/.env")]));
    expect(selected.map((f) => path.relative(repo, f))).toEqual(["shop/compose.yaml", "shop/.env"]);
  });

  it("says clearly when the ref does not exist", async () => {
    const result = await changedSince("no-such-ref", repo);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('cannot list files changed since "no-such-ref"') });
  });
});
