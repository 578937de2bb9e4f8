import { describe, expect, it } from "vitest";
import { noRegisteredPortMisuse } from "../../../src/core/checks/no-registered-port-misuse.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { strict } from "../../../src/core/presets/strict.js";
import { PRESETS } from "../../../src/core/presets/index.js";
import type { ServiceIdentity } from "../../../src/core/listener.js";
import { makeListener } from "../make-listener.js";

function on(port: number, identity: ServiceIdentity, protocol: "tcp" | "udp" = "tcp") {
  return makeListener({ port, identity, protocol, role: "container", source: "compose" });
}

describe("no-registered-port-misuse", () => {
  it("flags nginx on PostgreSQL's 5432 and teaches the class", () => {
    const [finding, ...rest] = noRegisteredPortMisuse([on(5432, { image: "nginx:1.27-alpine" })], recommended);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ ruleId: "no-registered-port-misuse", messageId: "registered", port: 5432 });
    expect(finding!.data).toEqual({
      subject: "Port 5432",
      port: 5432,
      class: "user range 1024–49151",
      owner: "PostgreSQL",
      service: "postgresql",
      identity: "nginx (HTTP)",
      advice: "8080 or another free port",
    });
  });

  it("flags an Express app on 5432 and REDIS_PORT=5432", () => {
    const found = noRegisteredPortMisuse(
      [makeListener({ port: 5432, identity: { framework: "express" } }), makeListener({ port: 5432, role: "env", source: "env", identity: { envKey: "REDIS_PORT" } })],
      recommended,
    );
    expect(found.map((f) => [f.data.identity, f.data.advice])).toEqual([
      ["the express server (HTTP)", "8080 or another free port"],
      ["REDIS_PORT (Redis)", "6379, its own port"],
    ]);
  });

  it("accepts the real owners: postgres on 5432, mariadb on 3306, valkey on 6379, nginx on 80 and 8080", () => {
    const listeners = [
      on(5432, { image: "postgres:16" }),
      on(3306, { image: "mariadb:11" }),
      on(6379, { image: "valkey/valkey:8" }),
      on(80, { image: "docker.io/library/nginx" }),
      on(8080, { image: "nginx" }),
      on(6379, { envKey: "REDIS_PORT" }),
    ];
    expect(noRegisteredPortMisuse(listeners, recommended)).toEqual([]);
  });

  it("flags a port named http on 3306", () => {
    const [finding] = noRegisteredPortMisuse([makeListener({ port: 3306, role: "container", source: "kubernetes", identity: { portName: "http" } })], recommended);
    expect(finding!.data).toMatchObject({ owner: "MySQL", service: "mysql" });
  });

  // GoogleCloudPlatform/kubernetes-engine-samples: a LoadBalancer in front of CloudNativePG pods, its port named http.
  it("offers a better name first when only a port name says what listens (a Service's http on PostgreSQL's 5432)", () => {
    const [named] = noRegisteredPortMisuse([on(5432, { name: "pg-ilb", portName: "http" })], recommended);
    expect(named!.message).toBe(
      'Port 5432 (user range 1024–49151) is registered to PostgreSQL, yet the port named "http" (HTTP) listens there, misleading clients and firewalls; use a port name that says what it serves, or 8080.',
    );
    const [imaged] = noRegisteredPortMisuse([on(5432, { image: "nginx:1.27", portName: "http" })], recommended);
    expect(imaged!.message).toMatch(/; use 8080 or another free port\.$/);
  });

  it("never names an obscure IANA owner nobody runs, in any preset (3000 hbci, 9999 distinct, 8443 pcsync-https)", () => {
    const listeners = [
      makeListener({ port: 3000, identity: { framework: "express" } }),
      on(9999, { portName: "grpc" }),
      on(8443, { image: "kubernetesui/dashboard:v2.7.0", portName: "https" }),
      makeListener({ port: 2368, role: "published", source: "compose", identity: { image: "ghost:5" } }),
    ];
    expect(noRegisteredPortMisuse(listeners, recommended)).toEqual([]);
    expect(noRegisteredPortMisuse(listeners, strict)).toEqual([]);
  });

  it("accepts a product on its de-facto port even in strict (Grafana on 3000)", () => {
    expect(noRegisteredPortMisuse([on(3000, { image: "grafana/grafana:11" })], strict)).toEqual([]);
  });

  it("stays quiet when nothing identifies the listener or the port is unregistered", () => {
    expect(noRegisteredPortMisuse([on(5432, { image: "ghcr.io/acme/api:1.2" }), on(5432, {})], strict)).toEqual([]);
    expect(noRegisteredPortMisuse([on(5173, { framework: "vite" })], recommended)).toEqual([]);
  });

  it("checks the org registry like IANA entries", () => {
    const policy = { ...recommended, orgRegistry: [{ ports: { from: 8443, to: 8443 }, protocol: "tcp" as const, service: "payments-api" }] };
    const [finding] = noRegisteredPortMisuse([on(8443, { image: "nginx", name: "web" })], policy);
    expect(finding).toMatchObject({ messageId: "orgRegistered", data: { owner: "payments-api" } });
    expect(noRegisteredPortMisuse([on(8443, { image: "ghcr.io/acme/payments-api:3", name: "payments" })], policy)).toEqual([]);
  });
});

describe("no-registered-port-misuse: no product taken for another (issue 9 §5)", () => {
  const presets = Object.entries(PRESETS);

  // Each product on the ports its own documentation gives it (sources in src/core/data/products.ts).
  const OWN_PORTS: Array<[image: string, ports: Array<number | `${number}/udp`>]> = [
    ["pihole/pihole:latest", [53, "53/udp", "67/udp", 80, "123/udp", 443]],
    ["jenkins/jenkins:lts-jdk21", [8080, 50000]],
    ["rabbitmq:3-management", [4369, 5672, 15672, 15692, 25672, 61613, 1883]],
    ["docker.elastic.co/elasticsearch/elasticsearch:8.15.0", [9200, 9300]],
    ["opensearchproject/opensearch:2", [9200, 9300, 9600]],
    ["docker.elastic.co/logstash/logstash:8.15.0", [5044, 9600]],
    ["quay.io/keycloak/keycloak:26.0", [8080, 8443, 9000]],
    ["minio/minio:latest", [9000, 9001]],
    ["hashicorp/consul:1.20", [8300, 8301, "8301/udp", 8302, 8500, 8501, 8502, 8600, "8600/udp"]],
    ["quay.io/prometheus/node-exporter:v1.9.0", [9100]],
    ["oliver006/redis_exporter", [9121]],
    ["gitea/gitea:1.23", [22, 3000]],
    ["gitlab/gitlab-ce:17.5.0-ce.0", [22, 80, 443]],
    ["portainer/portainer-ce:2.21.4", [8000, 9000, 9443]],
    ["php:8.3-fpm", [9000]],
  ];

  for (const [image, ports] of OWN_PORTS) {
    it(`${image} on ${ports.join(", ")}: never misuse, as a container or a host port, in any preset`, () => {
      const listeners = ports.flatMap((spec) => {
        const [port, protocol = "tcp"] = String(spec).split("/") as [string, "tcp" | "udp"];
        return (["container", "published"] as const).map((role) => makeListener({ port: Number(port), protocol, role, source: "compose", identity: { image } }));
      });
      for (const [name, policy] of presets) expect(noRegisteredPortMisuse(listeners, policy), name).toEqual([]);
    });
  }

  it("does not take typeorm's PostgreSQL test image for the Docker API (recommended and strict)", () => {
    const typeorm = on(5432, { image: "ghcr.io/typeorm/docker:postgres-14.22-postgis", name: "postgres-14" });
    const unknown = on(5432, { image: "ghcr.io/acme/docker:latest" });
    for (const [name, policy] of presets) expect(noRegisteredPortMisuse([typeorm, unknown], policy), name).toEqual([]);
    expect(noRegisteredPortMisuse([on(5432, { image: "docker:27-dind" })], recommended)).toMatchObject([{ data: { owner: "PostgreSQL" } }]);
  });

  it("lets a TCP proxy forward any port; nginx on 5432 stays misuse", () => {
    const proxies = ["haproxy:3.0", "traefik:v3.2", "envoyproxy/envoy:v1.31"].map((image) => on(5432, { image }));
    for (const [name, policy] of presets) expect(noRegisteredPortMisuse(proxies, policy), name).toEqual([]);
    expect(noRegisteredPortMisuse([on(5432, { image: "nginx:1.27" })], recommended)).toHaveLength(1);
  });
});

describe("no-registered-port-misuse: strict names de-facto owners only where two programs contend", () => {
  const hostPort = (port: number, image: string) => makeListener({ port, role: "published", source: "compose", identity: { image } });

  it("reports a host port on Kafka's 9092 and ActiveMQ's console 8161 (a rabbitmq image publishing ActiveMQ's ports)", () => {
    const found = noRegisteredPortMisuse([hostPort(9092, "wordpress:6"), hostPort(8161, "rabbitmq:3-management")], strict);
    expect(found.map((f) => [f.messageId, f.port, f.data.owner, f.data.identity])).toEqual([
      ["deFacto", 9092, "Kafka", "wordpress (HTTP)"],
      ["deFacto", 8161, "ActiveMQ", "rabbitmq (AMQP (RabbitMQ))"],
    ]);
    expect(noRegisteredPortMisuse([hostPort(9092, "wordpress:6")], recommended)).toEqual([]);
  });

  it("stays quiet in a container's own network namespace, where nothing else can take the port", () => {
    expect(noRegisteredPortMisuse([on(9090, { name: "myapp", portName: "metrics" }), on(9092, { image: "wordpress:6" })], strict)).toEqual([]);
  });

  it("stays quiet where no single product owns the port by convention, and on dev servers' ports", () => {
    const listeners = [hostPort(9000, "wordpress:6"), hostPort(9093, "wordpress:6"), hostPort(8000, "wordpress:6"), hostPort(5173, "wordpress:6"), hostPort(8081, "wurstmeister/kafka")];
    expect(noRegisteredPortMisuse(listeners, strict)).toEqual([]);
  });

  it("never compares a reverse proxy with de-facto owners: Caddy publishing Prometheus's 9090 fronts Prometheus", () => {
    const listeners = [hostPort(9090, "caddy:2"), hostPort(9093, "caddy:2"), hostPort(3000, "nginx:1.27"), hostPort(3000, "haproxy:3.0")];
    expect(noRegisteredPortMisuse(listeners, strict)).toEqual([]);
  });
});

describe("no-registered-port-misuse: strict and the dynamic range", () => {
  it("leaves a host port in 49152–65535 to no-dynamic-port (Logstash on Jenkins's 50000, rabbitmq on ActiveMQ's 61616)", () => {
    const hostPort = (port: number, image: string) => makeListener({ port, role: "published", source: "compose", identity: { image } });
    expect(noRegisteredPortMisuse([hostPort(50000, "docker.elastic.co/logstash/logstash:8.15.0"), hostPort(61616, "rabbitmq:3")], strict)).toEqual([]);
  });
});
