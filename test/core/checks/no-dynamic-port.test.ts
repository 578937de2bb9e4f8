import { describe, expect, it } from "vitest";
import { noDynamicPort } from "../../../src/core/checks/no-dynamic-port.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { strict } from "../../../src/core/presets/strict.js";
import { makeListener } from "../make-listener.js";

describe("no-dynamic-port", () => {
  it("flags a fixed port in the IANA dynamic range and teaches the class", () => {
    const [finding, ...rest] = noDynamicPort([makeListener({ port: 50123 })], recommended);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "no-dynamic-port", messageId: "dynamic", port: 50123, severity: "error", data: { subject: "Port 50123" } });
    expect(finding!.message).toMatch(/^Port 50123 is in the dynamic range \(49152–65535\)/);
  });

  it("flags the bounds 49152 and 65535 but not 49151", () => {
    const ports = noDynamicPort([49151, 49152, 65535].map((port) => makeListener({ port })), { ...recommended, ephemeral: [] }).map((f) => f.port);
    expect(ports).toEqual([49152, 65535]);
  });

  it("warns inside Linux's ephemeral range 32768–60999 by default, errors in strict", () => {
    const [warning] = noDynamicPort([makeListener({ port: 40000 })], recommended);
    expect(warning).toMatchObject({ messageId: "ephemeral", severity: "warning", port: 40000 });
    expect(warning!.data).toMatchObject({ class: "user range 1024–49151", profile: "Linux", range: "32768–60999", below: 32767 });
    expect(warning!.data["reserve"]).toContain("net.ipv4.ip_local_reserved_ports");
    expect(noDynamicPort([makeListener({ port: 40000 })], strict)[0]).toMatchObject({ severity: "error" });
    expect(noDynamicPort([makeListener({ port: 32767 })], recommended)).toEqual([]);
  });

  it("uses the FreeBSD profile when the policy picks it", () => {
    const policy = { ...recommended, ephemeral: [{ profile: "freebsd" as const, severity: "warn" as const }] };
    expect(noDynamicPort([makeListener({ port: 10000 })], policy)[0]).toMatchObject({ messageId: "ephemeral" });
    expect(noDynamicPort([makeListener({ port: 9999 })], policy)).toEqual([]);
  });

  it("never flags port 0, Service ports or NodePorts", () => {
    const listeners = [
      makeListener({ port: 0 }),
      makeListener({ port: 50000, role: "service", source: "kubernetes" }),
      makeListener({ port: 50000, role: "node-port", source: "kubernetes" }),
    ];
    expect(noDynamicPort(listeners, recommended)).toEqual([]);
  });

  it("flags a range that reaches into the dynamic range, and says a fallback is a fallback", () => {
    const [range] = noDynamicPort([makeListener({ port: 49000, endPort: 49200, role: "published", source: "compose" })], recommended);
    expect(range!.data["subject"]).toBe("Port range 49000–49200");
    const [fallback] = noDynamicPort(
      [makeListener({ port: 50000, identity: { envKey: "PORT" }, origin: { file: "a.ts", line: 3, column: 30, endLine: 3, endColumn: 35, fallback: true } })],
      recommended,
    );
    expect(fallback!.data["subject"]).toBe("Fallback port 50000 for PORT");
    expect(fallback!.origin).toMatchObject({ line: 3, column: 30, fallback: true });
  });
});

describe("no-dynamic-port: a service on its own registered port", () => {
  it("does not warn about MySQL's 33060 (IANA mysqlx) in the Linux range, but does for an HTTP app there", () => {
    const mysql = makeListener({ port: 33060, role: "container", source: "compose", identity: { image: "mysql:8.4" } });
    const web = makeListener({ port: 33060, identity: { framework: "express" } });
    expect(noDynamicPort([mysql, web], recommended)).toHaveLength(1);
    expect(noDynamicPort([mysql], recommended)).toEqual([]);
  });

  it("still reports the IANA dynamic range for a product's de-facto port", () => {
    const grpc = makeListener({ port: 50051, identity: { framework: "grpc" } });
    expect(noDynamicPort([grpc], recommended)).toHaveLength(1);
  });
});
