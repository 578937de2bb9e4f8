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

  it("lists names git would quote (non-ASCII, quotes, tab, newline) as they are", async () => {
    const names = ["k8s/ünïcødé.yaml", 'k8s/say "hi".yaml', "k8s/tab\there.yaml", "k8s/new\nline.yaml", "k8s/back\\slash.yaml"];
    for (const name of names) write(name, "kind: Pod\n");
    git("add", "k8s/ünïcødé.yaml", "k8s/tab\there.yaml");
    git("commit", "-qm", "quoted names");
    write("k8s/ünïcødé.yaml", "kind: Deployment\n");
    const result = await changedSince("HEAD~1", repo);
    const listed = result.ok ? [...result.files].map((f) => path.relative(repo, f)) : [];
    expect(listed).toEqual(expect.arrayContaining(names));
    git("add", ".");
    git("commit", "-qm", "all names");
  });

  it("compares with the merge base: what only the target branch changed is not this branch's", async () => {
    git("checkout", "-qb", "feature");
    write("k8s/app.yaml", "kind: ReplicaSet\n");
    git("commit", "-qam", "feature change");
    git("checkout", "-q", "main");
    write("k8s/db.yaml", "kind: DaemonSet\n");
    git("commit", "-qam", "main moves on");
    git("checkout", "-q", "feature");
    const result = await changedSince("main", repo);
    expect(result.ok && [...result.files].map((f) => path.relative(repo, f))).toEqual(["k8s/app.yaml"]);
    git("checkout", "-q", "main");
  });

  it("from a subdirectory, paths are still the repository's", async () => {
    write("k8s/db.yaml", "kind: Job\n");
    const result = await changedSince("HEAD", path.join(repo, "k8s"));
    expect(result.ok && [...result.files]).toEqual([path.join(repo, "k8s/db.yaml")]);
    git("checkout", "-q", "--", "k8s/db.yaml");
  });

  it("says so when the ref shares no history with HEAD", async () => {
    git("checkout", "-q", "--orphan", "unrelated");
    git("commit", "-qm", "unrelated root", "--allow-empty");
    const result = await changedSince("main", repo);
    git("checkout", "-qf", "main");
    expect(result).toEqual({ ok: false, error: 'cannot list files changed since "main": it has no common history with HEAD' });
  });

  it("says clearly when the ref does not exist", async () => {
    const result = await changedSince("no-such-ref", repo);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('cannot list files changed since "no-such-ref"') });
  });
});
