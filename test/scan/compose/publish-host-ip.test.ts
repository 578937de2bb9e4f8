// publish.requireHostIp (issue 13): compose ports that name no host address publish on every
// interface. Off by default, on in strict; on the entry itself (KICS and dclint point at `ports:`),
// with the loopback form as the fix, and a bare container port explained as a random host port.
import { describe, expect, it } from "vitest";
import type { Policy } from "../../../src/core/policy.js";
import { PRESETS } from "../../../src/core/presets/index.js";
import { carets, describeFinding, scanFiles } from "../scan-fixture.js";

const COMPOSE = `services:
  web:
    image: ghcr.io/acme/web:1
    ports:
      - "8080:80"
      - "127.0.0.1:8081:81"
      - "0.0.0.0:8082:82"
      - "[::1]:8083:83"
      - "3000"
      - ":3001"
      - "9000-9001:9000-9001/udp"
      - target: 8443
        published: "8443"
      - target: 8444
        published: "8444"
        host_ip: 127.0.0.1
      - target: 8445
`;

const requireHostIp: Policy = { ...PRESETS.recommended!, publish: { requireHostIp: true } };

describe("publish.requireHostIp", () => {
  it("is off in recommended", () => {
    expect(scanFiles({ "compose.yaml": COMPOSE }).findings).toEqual([]);
  });

  it("reports every entry without a host address, on the entry, and accepts explicit ones (0.0.0.0 too)", () => {
    const { findings } = scanFiles({ "compose.yaml": COMPOSE }, { policy: requireHostIp });
    expect(findings.map(describeFinding)).toEqual([
      "compose.yaml:5:10-17 valid-port/hostIpRequired error 8080",
      "compose.yaml:9:10-14 valid-port/hostIpRequiredRandom error 3000",
      "compose.yaml:10:10-15 valid-port/hostIpRequiredRandom error 3001",
      "compose.yaml:11:10-33 valid-port/hostIpRequired error 9000",
      "compose.yaml:13:21-25 valid-port/hostIpRequired error 8443",
      "compose.yaml:17:17-21 valid-port/hostIpRequiredRandom error 8445",
    ]);
    expect(findings.map((f) => f.data.fix)).toEqual(["127.0.0.1:8080:80", "127.0.0.1::3000", "127.0.0.1::3001", "127.0.0.1:9000-9001:9000-9001/udp", "host_ip: 127.0.0.1", "host_ip: 127.0.0.1"]);
    expect(findings[3]!.data.subject).toBe("Port range 9000–9001");
    expect(carets(COMPOSE, findings[0]!.origin)).toBe('      - "8080:80"\n         ^^^^^^^');
  });

  // mattermost/docker: `${HTTPS_PORT}:443`, with HTTPS_PORT=443 in the env file users copy.
  it("writes the fix with the entry's own variables, not their values", () => {
    const compose = "services:\n  nginx:\n    image: nginx:1.27\n    ports: ['${HTTPS_PORT}:443', '${HTTP_PORT:-80}:80/tcp']\n";
    const { findings } = scanFiles({ "compose.yaml": compose, ".env": "HTTPS_PORT=443\n" }, { policy: requireHostIp });
    expect(findings.map((f) => f.data.fix)).toEqual(["127.0.0.1:${HTTPS_PORT}:443", "127.0.0.1:${HTTP_PORT:-80}:80/tcp"]);
    // An empty host address that is itself a variable: setting it is the fix, written out.
    const emptyIp = scanFiles({ "compose.yaml": "services:\n  web:\n    image: x\n    ports: ['${HOST_IP}:8080:80']\n", ".env": "HOST_IP=\n" }, { policy: requireHostIp });
    expect(emptyIp.findings.map((f) => f.data.fix)).toEqual(["127.0.0.1:8080:80"]);
  });

  it("leaves host networking (ports discarded) and unset variables (reported already) alone", () => {
    const host = "services:\n  agent:\n    image: x\n    network_mode: host\n    ports: ['9100:9100']\n";
    expect(scanFiles({ "compose.yaml": host }, { policy: requireHostIp }).findings).toEqual([]);
    const unset = "services:\n  web:\n    image: x\n    ports: ['${HOST_PORT}:80']\n";
    expect(scanFiles({ "compose.yaml": unset }, { policy: requireHostIp }).findings.map((f) => f.messageId)).not.toContain("hostIpRequired");
  });

  it("is on in strict", () => {
    const ids = scanFiles({ "compose.yaml": COMPOSE }, { policy: PRESETS.strict! }).findings.filter((f) => f.ruleId === "valid-port").map((f) => f.messageId);
    expect(ids).toEqual(["hostIpRequired", "hostIpRequiredRandom", "hostIpRequiredRandom", "hostIpRequired", "hostIpRequired", "hostIpRequiredRandom"]);
  });

  it("leaves Swarm stack files alone: Swarm publishes on every node and takes no host address", () => {
    const stack = "services:\n  vote:\n    image: x\n    ports: ['8080:80']\n    deploy:\n      replicas: 2\n";
    for (const name of ["docker-stack.yml", "stack.yaml", "docker-stack.prod.yml", "stack-prod.yml"]) {
      expect(scanFiles({ [name]: stack }, { policy: requireHostIp }).findings, name).toEqual([]);
    }
    for (const name of ["haystack.yml", "docker-compose.yml", "stacks/compose.yaml"]) {
      expect(scanFiles({ [name]: stack }, { policy: requireHostIp }).findings.map(describeFinding), name).toEqual([`${name}:4:14-21 valid-port/hostIpRequired error 8080`]);
    }
  });
});
