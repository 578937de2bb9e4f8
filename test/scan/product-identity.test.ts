// Issue 9 §5 on the shapes real repositories have (written here, not copied): multi-protocol
// products on their documented ports, an image named by its tag, reverse proxies publishing the
// ports of the services behind them. The scanner runs whole; only a real clash is reported.
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/core/presets/index.js";
import { carets, scanFiles } from "./scan-fixture.js";

const PIHOLE = `services:
  pihole:
    image: pihole/pihole:latest
    ports:
      - "53:53/tcp"
      - "53:53/udp"
      - "80:80/tcp"
      - "443:443/tcp"
      - "67:67/udp"
      - "123:123/udp"
`;

const GITEA = `services:
  server:
    image: gitea/gitea:1.23
    ports:
      - "3000:3000"
      - "2222:22"
`;

const TYPEORM = `services:
  postgres-14:
    image: "ghcr.io/typeorm/docker:postgres-14.22-postgis"
    ports:
      - "5432:5432"
  mysql:
    image: "mysql:8.4"
    ports:
      - "3306:3306"
`;

const MONITORING = `services:
  jenkins:
    image: jenkins/jenkins:lts-jdk21
    ports: ["8080:8080", "50000:50000"]
  rabbitmq:
    image: rabbitmq:3-management
    ports: ["5672:5672", "15672:15672"]
  caddy:
    image: caddy:2
    ports: ["3000:3000", "9090:9090", "9093:9093", "9091:9091"]
`;

const NODE_EXPORTER = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: node-exporter}
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: node-exporter
          image: quay.io/prometheus/node-exporter:v1.9.0
          ports:
            - {name: metrics, containerPort: 9100, hostPort: 9100}
`;

const presets = ["recommended", "strict"] as const;

describe.each(presets)("product identity on real shapes (%s)", (preset) => {
  const policy = PRESETS[preset]!;

  it.each([
    ["Pi-hole on DNS, web, DHCP and NTP", PIHOLE],
    ["Gitea's own SSH server beside its web UI", GITEA],
    ["typeorm's PostgreSQL image, named in its tag", TYPEORM],
    ["Jenkins, RabbitMQ, and Caddy fronting Grafana, Prometheus, Alertmanager and Pushgateway", MONITORING],
  ])("%s: no misuse, no browser finding", (_, text) => {
    const { findings } = scanFiles({ "compose.yaml": text }, { policy });
    expect(findings.filter((f) => f.ruleId === "no-registered-port-misuse" || f.ruleId === "no-browser-unsafe-port")).toEqual([]);
  });

  it("a node-exporter DaemonSet on its own 9100: no misuse", () => {
    const { findings } = scanFiles({ "node-exporter.yaml": NODE_EXPORTER }, { policy });
    expect(findings.filter((f) => f.ruleId === "no-registered-port-misuse")).toEqual([]);
  });
});

describe("strict: a real convention clash", () => {
  it("reports a rabbitmq image publishing ActiveMQ's web console 8161 on the host, on the token", () => {
    const text = 'services:\n  rabbitmq:\n    image: rabbitmq:3-management\n    ports:\n      - "5672:5672"\n      - "8161:8161"\n';
    const { findings } = scanFiles({ "compose.yaml": text }, { policy: PRESETS.strict! });
    const misuse = findings.filter((f) => f.ruleId === "no-registered-port-misuse");
    expect(misuse.map((f) => [f.messageId, f.origin.line, f.origin.column, f.origin.endColumn, f.port, f.severity, f.data.owner])).toEqual([
      ["deFacto", 6, 10, 14, 8161, "error", "ActiveMQ"],
    ]);
    expect(carets(text, misuse[0]!.origin)).toBe('      - "8161:8161"\n         ^^^^');
  });
});
