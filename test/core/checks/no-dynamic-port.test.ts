import { describe, expect, it } from "vitest";
import { noDynamicPort } from "../../../src/core/checks/no-dynamic-port.js";
import { makeListener } from "../make-listener.js";

describe("no-dynamic-port", () => {
  it("flags a fixed port in the IANA dynamic range and teaches the class", () => {
    const [finding, ...rest] = noDynamicPort([makeListener({ port: 50123 })]);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "no-dynamic-port", messageId: "dynamic", port: 50123, severity: "error", data: { subject: "Port 50123" } });
    expect(finding!.message).toMatch(/^Port 50123 is in the dynamic range \(49152–65535\)/);
  });

  // docker/awesome-compose's wireguard: 51820/udp is what its peers are configured to reach.
  it("tells a product on its own port there to reserve it rather than move (WireGuard, Jenkins's agents)", () => {
    const wireguard = makeListener({ port: 51820, protocol: "udp", role: "published", source: "compose", identity: { name: "wireguard", image: "lscr.io/linuxserver/wireguard:latest" } });
    const jenkins = makeListener({ port: 50000, role: "container", source: "kubernetes", identity: { image: "jenkins/jenkins:lts-jdk21" } });
    const findings = noDynamicPort([wireguard, jenkins]);
    expect(findings.map((finding) => [finding.messageId, finding.data.product, finding.severity])).toEqual([
      ["ownPort", "WireGuard", "error"],
      ["ownPort", "Jenkins", "error"],
    ]);
    expect(findings[0]!.message).toBe("Port 51820 is WireGuard's default, but in the dynamic range (49152–65535) the OS gives outgoing connections; reserve it on each host (net.ipv4.ip_local_reserved_ports).");
    const elsewhere = noDynamicPort([{ ...wireguard, port: 55000 }, { ...wireguard, identity: { name: "vpn", image: "alpine:3.20" } }]);
    expect(elsewhere.map((finding) => finding.messageId)).toEqual(["dynamic", "dynamic"]);
  });

  // GoogleCloudPlatform/kubernetes-engine-samples: Weaviate's gRPC port, in a Deployment and behind a Service of its own name.
  it("knows Weaviate's gRPC 50051 by its image, and by a Service's name when its port name gives the protocol", () => {
    const image = makeListener({ port: 50051, role: "container", source: "kubernetes", identity: { name: "weaviate", image: "cr.weaviate.io/semitechnologies/weaviate:1.25.0", portName: "grpc" } });
    const service = makeListener({ port: 50051, role: "container", source: "kubernetes", identity: { name: "weaviate-ilb", portName: "grpc" } });
    const other = makeListener({ port: 50051, role: "container", source: "kubernetes", identity: { name: "paymentservice", portName: "grpc" } });
    expect(noDynamicPort([image, service, other]).map((finding) => [finding.messageId, finding.data.product])).toEqual([
      ["ownPort", "Weaviate"],
      ["ownPort", "Weaviate"],
      ["dynamic", undefined],
    ]);
  });

  it("flags the bounds 49152 and 65535 but not 49151", () => {
    const ports = noDynamicPort([49151, 49152, 65535].map((port) => makeListener({ port }))).map((f) => f.port);
    expect(ports).toEqual([49152, 65535]);
  });

  it("leaves Linux's range below 49152 to no-ephemeral-port, whatever the profiles", () => {
    expect(noDynamicPort([32768, 40000, 49151].map((port) => makeListener({ port })))).toEqual([]);
  });

  it("never flags port 0, Service ports or NodePorts", () => {
    const listeners = [
      makeListener({ port: 0 }),
      makeListener({ port: 50000, role: "service", source: "kubernetes" }),
      makeListener({ port: 50000, role: "node-port", source: "kubernetes" }),
    ];
    expect(noDynamicPort(listeners)).toEqual([]);
  });

  it("flags a range that reaches into the dynamic range, and says a fallback is a fallback", () => {
    const [range] = noDynamicPort([makeListener({ port: 49000, endPort: 49200, role: "published", source: "compose" })]);
    expect(range!.data["subject"]).toBe("Port range 49000–49200");
    const [fallback] = noDynamicPort(
      [makeListener({ port: 50000, identity: { envKey: "PORT" }, origin: { file: "a.ts", line: 3, column: 30, endLine: 3, endColumn: 35, fallback: true } })],
      
    );
    expect(fallback!.data["subject"]).toBe("Fallback port 50000 for PORT");
    expect(fallback!.origin).toMatchObject({ line: 3, column: 30, fallback: true });
  });
});

describe("no-dynamic-port: a product's own port", () => {
  it("still reports the IANA dynamic range for a product's de-facto port", () => {
    const grpc = makeListener({ port: 50051, identity: { framework: "grpc" } });
    expect(noDynamicPort([grpc])).toHaveLength(1);
  });
});
