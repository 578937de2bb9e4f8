import { describe, expect, it } from "vitest";
import { carets, describeListener, scanFiles } from "../scan-fixture.js";

const WORKFLOW = `name: ci
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: node:20
      ports: ["3000:3000"]
    services:
      postgres:
        image: postgres:16
        ports:
          - 5432:5432
          - "127.0.0.1:6000-6001:80/udp"
      redis:
        image: redis:7
        ports:
          - 6379
          - \${{ matrix.port }}:6379
          - "\${{ env.HOST }}:6380:6379"
      cache:
        image: memcached
        ports: ["5432:11211"]
  other:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        ports: ["5432:5432", "99999:80", "80:80/xyz"]
`;

describe("GitHub Actions service and job container ports", () => {
  const { listeners, findings } = scanFiles({ ".github/workflows/ci.yml": WORKFLOW });
  const file = ".github/workflows/ci.yml";

  it("reads short-syntax ports of the job container and services, with exact positions and scopes", () => {
    expect(listeners.map(describeListener)).toEqual([
      `${file}:8:21-25 3000/tcp container actions:${file}:test/test`,
      `${file}:8:16-20 3000/tcp published actions:${file}:test`,
      `${file}:13:18-22 5432/tcp container actions:${file}:test/postgres`,
      `${file}:13:13-17 5432/tcp published actions:${file}:test`,
      `${file}:14:34-36 80/udp container actions:${file}:test/postgres`,
      `${file}:14:24-33 6000-6001/udp published actions:${file}:test`,
      `${file}:18:13-17 6379/tcp container actions:${file}:test/redis`,
      `${file}:23:23-28 11211/tcp container actions:${file}:test/cache`,
      `${file}:23:18-22 5432/tcp published actions:${file}:test`,
      `${file}:29:23-27 5432/tcp container actions:${file}:other/postgres`,
      `${file}:29:18-22 5432/tcp published actions:${file}:other`,
    ]);
    const udp = listeners.find((l) => l.protocol === "udp" && l.role === "published")!;
    expect(udp.hostIp).toBe("127.0.0.1");
    expect(carets(WORKFLOW, udp.origin)).toBe('          - "127.0.0.1:6000-6001:80/udp"\n                       ^^^^^^^^^');
    expect(listeners.find((l) => l.port === 6379)!.identity).toEqual({ name: "redis", image: "redis:7" });
    expect(listeners[0]!.identity).toEqual({ name: "test", image: "node:20" });
  });

  it("treats an image built from an expression as unknown, not as the product its path suggests", () => {
    const workflow = "on: push\njobs:\n  t:\n    runs-on: x\n    services:\n      db:\n        image: ghcr.io/acme/docker:pg-${{ matrix.v }}\n        ports: ['5432:5432']\n";
    const result = scanFiles({ ".github/workflows/t.yml": workflow });
    expect(result.listeners.map((l) => l.identity)).toEqual([{ name: "db" }, { name: "db" }]);
    expect(result.findings).toEqual([]);
  });

  it("leaves ${{ }} expressions unresolved, never an error", () => {
    expect(listeners.filter((l) => l.origin.line === 19 || l.origin.line === 20)).toEqual([]);
    expect(findings.filter((f) => f.origin.line === 19 || f.origin.line === 20)).toEqual([]);
  });

  it("reports two containers of one job publishing the same host port, but not across jobs", () => {
    const duplicates = findings.filter((f) => f.ruleId === "no-duplicate-port");
    expect(duplicates.map((f) => [f.origin.line, f.origin.column, f.port])).toEqual([[23, 18, 5432]]);
    expect(duplicates[0]!.data).toMatchObject({ other: "postgres", otherLine: 13 });
  });

  it("reports malformed and out-of-range entries on the offending token", () => {
    const valid = findings.filter((f) => f.ruleId === "valid-port");
    expect(valid.map((f) => [f.messageId, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["outOfRange", 29, 31, 36],
      ["malformed", 29, 49, 52],
    ]);
  });

  it("recognises a workflow outside .github/workflows only when it is named on the command line", () => {
    const walked = scanFiles({ "ci/workflow.yml": WORKFLOW });
    expect(walked.files).toEqual([]);
    expect(walked.diagnostics.map((d) => d.message)).toEqual(["skipped: a workflow outside .github/workflows (name the file to scan it)"]);
    const named = scanFiles({ "ci/workflow.yml": WORKFLOW }, { paths: ["ci/workflow.yml"] });
    expect(named.files).toEqual([{ path: "ci/workflow.yml", kind: "actions", listeners: 11 }]);
  });
});
