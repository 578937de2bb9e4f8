import { describe, expect, it } from "vitest";
import { identify, imageRepository } from "../../src/core/identity.js";

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
