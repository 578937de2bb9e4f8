import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/core/evaluate.js";
import { noEphemeralPort } from "../../../src/core/checks/no-ephemeral-port.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { strict } from "../../../src/core/presets/strict.js";
import { makeListener } from "../make-listener.js";

describe("no-ephemeral-port", () => {
  it("reports a port inside Linux's ephemeral range 32768–60999, teaching the range", () => {
    const [finding, ...rest] = noEphemeralPort([makeListener({ port: 34567 })], recommended);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "no-ephemeral-port", messageId: "ephemeral", port: 34567 });
    expect(finding!.data).toMatchObject({ class: "user range 1024–49151", profile: "Linux", range: "32768–60999", below: 32767 });
    expect(finding!.message).toBe(
      "Port 34567 (user range 1024–49151) is in Linux's ephemeral range 32768–60999, so an outgoing connection may hold it; use 1024–32767 or reserve it in net.ipv4.ip_local_reserved_ports.",
    );
  });

  it("is a warning in recommended and an error in strict, from the rule's severity", () => {
    const listener = makeListener({ port: 34567 });
    expect(evaluate([listener], recommended)).toMatchObject([{ ruleId: "no-ephemeral-port", port: 34567, severity: "warning" }]);
    expect(evaluate([listener], strict)).toMatchObject([{ ruleId: "no-ephemeral-port", port: 34567, severity: "error" }]);
    // A profile's old `severity` is not read by the check: the rule's decides.
    const legacy = { ...recommended, ephemeral: [{ profile: "linux" as const, severity: "error" as const }] };
    expect(evaluate([listener], legacy)).toMatchObject([{ severity: "warning" }]);
  });

  it("is allowlisted by an entry naming it, or naming no-dynamic-port as entries did before the split", () => {
    const allow = (rules: Array<"no-dynamic-port" | "no-ephemeral-port" | "valid-port">) => ({
      ...recommended,
      allowlist: [{ ports: { from: 34567, to: 34567 }, rules, reason: "reserved in ip_local_reserved_ports on CI" }],
    });
    const listener = makeListener({ port: 34567 });
    expect(evaluate([listener], allow(["no-ephemeral-port"]))).toEqual([]);
    expect(evaluate([listener], allow(["no-dynamic-port"]))).toEqual([]);
    expect(evaluate([listener], allow(["valid-port"]))).toMatchObject([{ ruleId: "no-ephemeral-port", port: 34567 }]);
    // one way only: an entry for the new rule does not cover the dynamic range
    const dynamic = { ...recommended, allowlist: [{ ports: { from: 50000, to: 50000 }, rules: ["no-ephemeral-port" as const], reason: "x" }] };
    expect(evaluate([makeListener({ port: 50000 })], dynamic)).toMatchObject([{ ruleId: "no-dynamic-port", port: 50000 }]);
  });

  it("leaves 49152–65535 to no-dynamic-port: one finding for 50000, and none for a range reaching it", () => {
    const findings = evaluate([makeListener({ port: 50000 }), makeListener({ port: 49000, endPort: 49200, role: "published", source: "compose" })], recommended);
    expect(findings.map((f) => [f.ruleId, f.port, f.severity])).toEqual([
      ["no-dynamic-port", 50000, "error"],
      ["no-dynamic-port", 49000, "error"],
    ]);
    expect(noEphemeralPort([makeListener({ port: 50000 })], { ...recommended, ephemeral: [{ profile: "freebsd" }] })).toEqual([]);
  });

  it("checks the bounds 32768 and 49151, not 32767, and nothing when the policy lists no profile", () => {
    const ports = noEphemeralPort([32767, 32768, 49151].map((port) => makeListener({ port })), recommended).map((f) => f.port);
    expect(ports).toEqual([32768, 49151]);
    expect(noEphemeralPort([makeListener({ port: 40000 })], { ...recommended, ephemeral: [] })).toEqual([]);
  });

  it("uses the FreeBSD profile when the policy picks it", () => {
    const policy = { ...recommended, ephemeral: [{ profile: "freebsd" as const }] };
    expect(noEphemeralPort([makeListener({ port: 10000 })], policy)[0]).toMatchObject({ messageId: "ephemeral", port: 10000, data: { profile: "FreeBSD", below: 9999 } });
    expect(noEphemeralPort([makeListener({ port: 9999 })], policy)).toEqual([]);
  });

  it("never reports port 0, Service ports or NodePorts", () => {
    const listeners = [
      makeListener({ port: 0 }),
      makeListener({ port: 40000, role: "service", source: "kubernetes" }),
      makeListener({ port: 32768, role: "node-port", source: "kubernetes" }),
    ];
    expect(noEphemeralPort(listeners, recommended)).toEqual([]);
  });

  it("does not warn about MySQL's 33060 (IANA mysqlx), but does for an HTTP app there", () => {
    const mysql = makeListener({ port: 33060, role: "container", source: "compose", identity: { image: "mysql:8.4" } });
    const web = makeListener({ port: 33060, identity: { framework: "express" } });
    expect(noEphemeralPort([mysql, web], recommended).map((f) => f.port)).toEqual([33060]);
    expect(noEphemeralPort([mysql], recommended)).toEqual([]);
  });

  // GoogleCloudPlatform/kubernetes-engine-samples' MySQL InnoDB Cluster: `xcom` on 33061 beside `mysqlx` on 33060.
  it("does not warn about MySQL's Group Replication port 33061, which IANA does not list but MySQL documents", () => {
    const xcom = makeListener({ port: 33061, role: "container", source: "kubernetes", identity: { name: "mysql", image: "mysql/mysql-server:8.0.28", portName: "xcom" } });
    const app = makeListener({ port: 33061, role: "container", source: "kubernetes", identity: { name: "api", image: "ghcr.io/acme/api:1" } });
    expect(noEphemeralPort([xcom], recommended)).toEqual([]);
    expect(noEphemeralPort([app], recommended).map((f) => [f.ruleId, f.port])).toEqual([["no-ephemeral-port", 33061]]);
  });
});
