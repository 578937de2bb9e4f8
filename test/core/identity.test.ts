import { describe, expect, it } from "vitest";
import { identify, imageRepository, imageTag } from "../../src/core/identity.js";

describe("imageRepository", () => {
  it("strips registry, library/, tag and digest", () => {
    expect(imageRepository("postgres:16-alpine")).toBe("postgres");
    expect(imageRepository("docker.io/library/nginx:1.27")).toBe("nginx");
    expect(imageRepository("localhost:5000/acme/api:1.2")).toBe("acme/api");
    expect(imageRepository("ghcr.io/valkey-io/valkey:9.0.4-alpine3.23")).toBe("valkey-io/valkey");
    expect(imageRepository("grafana/grafana@sha256:0123abcd")).toBe("grafana/grafana");
  });
});

describe("identify", () => {
  it("names products from images, including what they also speak", () => {
    expect([...identify({ image: "postgres:16" })]).toEqual(["postgresql"]);
    expect([...identify({ image: "grafana/grafana:11" })]).toEqual(["grafana", "http"]);
    expect([...identify({ image: "bitnami/redis:7" })]).toEqual(["redis"]);
  });

  it("reads frameworks, app protocols, port names and env keys", () => {
    expect([...identify({ framework: "fastify" })]).toEqual(["http"]);
    expect([...identify({ framework: "grpc" })]).toEqual(["grpc", "http"]);
    expect([...identify({ appProtocol: "kubernetes.io/h2c" })]).toEqual(["http"]);
    expect([...identify({ portName: "http-metrics" })]).toEqual(["http"]);
    expect([...identify({ envKey: "REDIS_PORT" })]).toEqual(["redis"]);
    expect([...identify({ envKey: "POSTGRES_PORT" })]).toEqual(["postgresql"]);
  });

  it("knows nothing from a bare PORT, an unknown image or a generic key", () => {
    expect(identify({ envKey: "PORT" }).size).toBe(0);
    expect(identify({ envKey: "DB_PORT" }).size).toBe(0);
    expect(identify({ image: "ghcr.io/acme/payments:3" }).size).toBe(0);
    expect(identify({ image: "acme/postgres-backup" }).size).toBe(0);
  });

  it("uses the service name only when nothing else names the listener", () => {
    expect([...identify({ name: "redis" })]).toEqual(["redis"]);
    expect([...identify({ name: "redis", image: "ghcr.io/acme/cache-proxy" })]).toEqual([]);
  });
});

describe("identify: image paths and tags carry meaning (issue 9 §5)", () => {
  it("reads the tag when the repository names nothing: a repository of test images names each in its tag", () => {
    expect([...identify({ image: "ghcr.io/typeorm/docker:postgres-14.22-postgis" })]).toEqual(["postgresql"]);
    expect([...identify({ image: "ghcr.io/typeorm/docker:mysql-8.4" })]).toEqual(["mysql"]);
    expect(imageTag("ghcr.io/typeorm/docker:postgres-14.22-postgis")).toBe("postgres-14.22-postgis");
    expect(imageTag("localhost:5000/acme/api")).toBe("");
    expect(imageTag("redis:7@sha256:0123abcd")).toBe("7");
  });

  it("takes a generic word at the end of somebody else's path for no product; the official image stays the product", () => {
    expect(identify({ image: "ghcr.io/typeorm/docker:latest" }).size).toBe(0);
    expect(identify({ image: "acme/vault:2" }).size).toBe(0);
    expect([...identify({ image: "docker:27-dind" })]).toEqual(["docker"]);
    expect([...identify({ image: "hashicorp/vault:1.18" })]).toEqual(["vault", "http"]);
  });

  it("lets the repository win over its tag", () => {
    expect([...identify({ image: "bitnami/redis:7.2-debian-12" })]).toEqual(["redis"]);
    expect([...identify({ image: "php:8.3-apache" })]).toEqual(["php", "http"]);
  });

  it("names multi-protocol products with every protocol they serve", () => {
    expect([...identify({ image: "pihole/pihole:2025.03.0" })]).toEqual(["pihole", "dns", "http", "dhcp", "ntp"]);
    expect([...identify({ image: "gitea/gitea:1.23" })]).toEqual(["git-forge", "http", "ssh"]);
    expect([...identify({ image: "quay.io/prometheus/node-exporter:v1.9.0" })]).toEqual(["prometheus-exporter", "http"]);
    expect([...identify({ image: "kbudde/rabbitmq-exporter" })]).toEqual(["prometheus-exporter", "http"]);
  });

  it("tells reverse proxies from the services behind them", () => {
    expect([...identify({ image: "haproxy:3.0" })]).toEqual(["tcp-proxy", "http"]);
    expect([...identify({ image: "caddy:2" })]).toEqual(["web-proxy", "http"]);
  });
});
