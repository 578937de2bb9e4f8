import { describe, expect, it } from "vitest";
import { noRegisteredPortMisuse } from "../../../src/core/checks/no-registered-port-misuse.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { strict } from "../../../src/core/presets/strict.js";
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

  it("stays quiet on obscure owners in recommended, reports them in strict", () => {
    const grafanaLike = on(3000, { framework: "express" });
    expect(noRegisteredPortMisuse([grafanaLike], recommended)).toEqual([]);
    const [finding] = noRegisteredPortMisuse([grafanaLike], strict);
    expect(finding!.data.owner).toMatch(/^"hbci"/);
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
