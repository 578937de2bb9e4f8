import { describe, expect, it } from "vitest";
import { noDuplicatePort } from "../../../src/core/checks/no-duplicate-port.js";
import type { Listener } from "../../../src/core/listener.js";
import { makeListener } from "../make-listener.js";

function at(line: number, overrides: Partial<Listener> & { port: number }): Listener {
  return makeListener({ origin: { file: "compose.yaml", line, column: 9, endLine: line, endColumn: 13 }, ...overrides });
}

const published = { role: "published" as const, source: "compose" as const, scope: "compose:shop" };

describe("no-duplicate-port", () => {
  it("flags the second of two services publishing the same host port", () => {
    const [finding, ...rest] = noDuplicatePort([
      at(5, { ...published, port: 8080, identity: { name: "web" } }),
      at(9, { ...published, port: 8080, identity: { name: "api" } }),
    ]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "no-duplicate-port", messageId: "duplicate", port: 8080, origin: { line: 9 } });
    expect(finding!.data).toEqual({
      subject: "Port 8080",
      port: 8080,
      class: "user range 1024–49151",
      protocol: "tcp",
      other: "web",
      otherLine: 5,
      scope: "compose project (host ports)",
    });
  });

  it("reports the earliest listener a port collides with, also in a scope large enough to be indexed", () => {
    const many = Array.from({ length: 10 }, (_, i) => at(i + 1, { ...published, port: 9001 + i }));
    const findings = noDuplicatePort([
      ...many,
      at(11, { ...published, port: 8990, endPort: 9003 }),
      at(12, { ...published, port: 9005 }),
      at(13, { ...published, port: 8995 }),
    ]);
    expect(findings.map((finding) => [finding.origin.line, finding.data["otherLine"]])).toEqual([
      [11, 1],
      [12, 5],
      [13, 11],
    ]);
  });

  it("treats overlapping ranges as duplicates", () => {
    expect(noDuplicatePort([at(1, { ...published, port: 8000, endPort: 8010 }), at(2, { ...published, port: 8005 })])).toHaveLength(1);
  });

  it("does not flag other protocols, scopes, addresses or disjoint profiles", () => {
    const listeners = [
      at(1, { ...published, port: 53, identity: { name: "dns" } }),
      at(2, { ...published, port: 53, protocol: "udp", identity: { name: "dns" } }),
      at(3, { ...published, port: 9000, scope: "compose:other" }),
      at(4, { ...published, port: 9000 }),
      at(5, { ...published, port: 7000, hostIp: "127.0.0.1" }),
      at(6, { ...published, port: 7000, hostIp: "127.0.0.2" }),
      at(7, { ...published, port: 6000, profiles: ["dev"] }),
      at(8, { ...published, port: 6000, profiles: ["prod"] }),
      at(9, { port: 3000 }),
      at(10, { port: 3000 }),
    ];
    expect(noDuplicatePort(listeners)).toEqual([]);
  });

  it("flags a wildcard address against a specific one, and shared profiles", () => {
    expect(noDuplicatePort([at(1, { ...published, port: 7000 }), at(2, { ...published, port: 7000, hostIp: "127.0.0.1" })])).toHaveLength(1);
    expect(noDuplicatePort([at(1, { ...published, port: 6000, profiles: ["dev"] }), at(2, { ...published, port: 6000, profiles: ["dev", "ci"] })])).toHaveLength(1);
  });

  // pi-hole/docker-pi-hole with strict's host-IP advice followed: Docker's documented dual-stack form.
  it("keeps Docker's IPv4 and IPv6 wildcards apart, but not a bare host port or Node's dual-stack '::'", () => {
    const udp = { ...published, port: 53, protocol: "udp" as const, identity: { name: "pihole" } };
    expect(noDuplicatePort([at(1, { ...udp, hostIp: "0.0.0.0" }), at(2, { ...udp, hostIp: "[::]" })])).toEqual([]);
    expect(noDuplicatePort([at(1, { ...udp, hostIp: "127.0.0.1" }), at(2, { ...udp, hostIp: "::1" })])).toEqual([]);
    expect(noDuplicatePort([at(1, { ...udp, hostIp: "0.0.0.0" }), at(2, { ...udp, hostIp: "127.0.0.1" })]).map((f) => f.origin.line)).toEqual([2]);
    expect(noDuplicatePort([at(1, { ...udp, hostIp: "[::]" }), at(2, { ...udp, hostIp: "::1" })]).map((f) => f.origin.line)).toEqual([2]);
    expect(noDuplicatePort([at(1, udp), at(2, { ...udp, hostIp: "[::]" })]).map((f) => f.origin.line)).toEqual([2]);
    expect(noDuplicatePort([at(1, { port: 3000, hostIp: "0.0.0.0", scope: "code:server.js" }), at(2, { port: 3000, hostIp: "::", scope: "code:server.js" })]).map((f) => f.origin.line)).toEqual([2]);
  });

  it("flags two containers of one pod on the same port, not one container naming its port twice", () => {
    const pod = { role: "container" as const, source: "kubernetes" as const, scope: "k8s:app.yaml:Deployment/app" };
    expect(noDuplicatePort([at(1, { ...pod, port: 8080, identity: { name: "app" } }), at(2, { ...pod, port: 8080, identity: { name: "sidecar" } })])[0]!.data["scope"]).toBe("pod");
    expect(noDuplicatePort([at(1, { ...pod, port: 8080, identity: { name: "app" } }), at(2, { ...pod, port: 8080, identity: { name: "app" } })])).toEqual([]);
  });

  it("compares code listeners only when one's phase contains the other's (open at the same time)", () => {
    const code = { scope: "code:server.test.ts" };
    const phases = [[], ["d1"], ["d1", "t2"], ["d1", "t3"], ["d4", "t5"]];
    const listeners = phases.map((phase, i) => at(i + 1, { ...code, port: 3000, phase }));
    expect(noDuplicatePort(listeners).map((f) => [f.origin.line, f.data["otherLine"]])).toEqual([
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(noDuplicatePort(listeners.slice(1)).map((f) => [f.origin.line, f.data["otherLine"]])).toEqual([
      [3, 2],
      [4, 2],
    ]);
  });

  it("flags two listen() calls on one port in one file", () => {
    const code = { scope: "code:server.ts" };
    expect(noDuplicatePort([at(1, { ...code, port: 3000 }), at(2, { ...code, port: 3000 })])[0]!.data["scope"]).toBe("file");
  });
});
