// Remote ports (env keys naming another service's port: SMTP_PORT, WIREGUARD_ENDPOINT_PORT) go
// through every check: the binding checks skip them, registration and validity still apply.
// And an env-file listener run by a compose container is judged under the compose runtime.
import { describe, expect, it } from "vitest";
import { CHECKS } from "../../../src/core/checks/index.js";
import { noPrivilegedPort } from "../../../src/core/checks/no-privileged-port.js";
import type { Listener } from "../../../src/core/listener.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import { makeListener } from "../make-listener.js";

const remote = (port: number, envKey: string, extra: Partial<Listener> = {}) => makeListener({ port, role: "remote", source: "env", identity: { envKey }, ...extra });

/** Every check's findings, as `rule/messageId port`. */
function allFindings(listeners: Listener[]): string[] {
  return Object.values(CHECKS).flatMap((check) => check(listeners, recommended).map((f) => `${f.ruleId}/${f.messageId} ${f.port}`));
}

describe("a remote port", () => {
  it("is not a bind: no privileged, dynamic, browser-unsafe or duplicate finding", () => {
    const listeners = [
      remote(587, "SMTP_PORT"),
      remote(51820, "WIREGUARD_ENDPOINT_PORT"),
      remote(40000, "UPSTREAM_PORT"),
      remote(6000, "UPSTREAM_HTTP_PORT"),
      remote(8080, "PROXY_PORT", { scope: "env:.env" }),
      remote(8080, "TARGET_PORT", { scope: "env:.env" }),
    ];
    expect(allFindings(listeners)).toEqual([]);
  });

  it("is still checked against the registry and for validity", () => {
    expect(allFindings([remote(5432, "REDIS_PORT"), remote(70000, "DB_PORT")])).toEqual([
      "no-registered-port-misuse/registered 5432",
      "valid-port/outOfRange 70000",
    ]);
  });

  it("is a listener like any other in the same place when it is not remote", () => {
    const listeners = [makeListener({ port: 587, role: "env", source: "env", identity: { envKey: "SMTP_PORT" } }), makeListener({ port: 51820, role: "env", source: "env", identity: { envKey: "VPN_PORT" } })];
    expect(allFindings(listeners)).toEqual(["no-dynamic-port/dynamic 51820", "no-privileged-port/privileged 587"]);
  });
});

describe("an env-file listener run by a compose container (privilege.runBy)", () => {
  const envFile = (user: "unknown" | "non-root", network: "own" | "host") =>
    makeListener({ port: 80, role: "env", source: "env", identity: { envKey: "APP_PORT" }, privilege: { user, capAdd: [], network, runBy: "compose" } });

  it("takes the compose runtime: Docker lets a container bind 80", () => {
    expect(noPrivilegedPort([envFile("unknown", "own"), envFile("non-root", "own")], recommended)).toEqual([]);
  });

  it("is reported when the container could not bind it either", () => {
    const [finding] = noPrivilegedPort([envFile("non-root", "host")], recommended);
    expect(finding).toMatchObject({ ruleId: "no-privileged-port", messageId: "privileged", port: 80, source: "env", data: { reason: "it runs as non-root on the host network" } });
    expect(noPrivilegedPort([envFile("non-root", "own")], { ...recommended, runtime: { ...recommended.runtime, compose: "podman" } })).toHaveLength(1);
  });
});
