// Env files through the whole scanner: whose port a key holds (a listener or a remote), and whose
// process reads the file (a plain process, a compose service's env_file, a project's .env).
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/finding.js";
import type { Listener } from "../../src/core/listener.js";
import { scanEnvFile } from "../../src/scan/env-file-listeners.js";
import { scanFiles } from "./scan-fixture.js";

/** rule id, messageId, file:line:column-endColumn, port */
const row = (f: Finding) => [f.ruleId, f.messageId, `${f.origin.file}:${f.origin.line}:${f.origin.column}-${f.origin.endColumn}`, f.port];
const listenerRow = (l: Listener) => [l.identity.envKey, l.role, l.port, `${l.origin.line}:${l.origin.column}`];

describe("a plain .env (nobody the scan knows reads it)", () => {
  const text = [
    "SMTP_HOST=smtp.example.com",
    "SMTP_PORT=587",
    "EMAIL_PORT=587",
    "PORT=80",
    "REDIS_PORT=5432",
    "UPSTREAM_PORT=6000",
    "DB_PORT=50000",
    "DB_PORT_RANGE=70000",
    "REMOTE_PORT=70000",
    "",
  ].join("\n");

  it("makes remote ports of other services' keys and listeners of its own", () => {
    const { listeners } = scanEnvFile({ path: ".env", text });
    expect(listeners.map(listenerRow)).toEqual([
      ["SMTP_PORT", "remote", 587, "2:11"],
      ["EMAIL_PORT", "remote", 587, "3:12"],
      ["PORT", "env", 80, "4:6"],
      ["REDIS_PORT", "remote", 5432, "5:12"],
      ["UPSTREAM_PORT", "remote", 6000, "6:15"],
      ["DB_PORT", "remote", 50000, "7:9"],
    ]);
    expect(listeners.map((l) => l.scope)).toEqual([undefined, undefined, "env:.env", undefined, undefined, undefined]);
  });

  it("checks binding only for its own listeners; registration and validity for all", () => {
    const { findings } = scanFiles({ ".env": text });
    expect(findings.map(row)).toEqual([
      ["no-privileged-port", "privileged", ".env:4:6-8", 80],
      // Redis on PostgreSQL's port is a misconfiguration whoever binds it.
      ["no-registered-port-misuse", "registered", ".env:5:12-16", 5432],
      ["valid-port", "outOfRange", ".env:9:13-18", 70000],
    ]);
  });
});

describe("a .env that compose services read with env_file:", () => {
  const compose = (service: string) =>
    [
      "services:",
      "  db:",
      "    image: mysql:8",
      "    env_file: ./.env",
      "  app:",
      "    image: acme/app:1",
      "    env_file:",
      "      - path: ./.env",
      "        required: false",
      service,
      "    ports:",
      '      - "8080:80"',
      "",
    ].join("\n");
  const env = ["APP_PORT = 80", "ADMIN_PORT=443", "WORKER_PORT=50000", "SMTP_PORT=25", ""].join("\n");

  it("takes the containers' privilege: Docker lets a container bind below 1024", () => {
    const { findings, listeners } = scanFiles({ "compose.yaml": compose(""), ".env": env });
    expect(findings.map(row)).toEqual([["no-dynamic-port", "dynamic", ".env:3:13-18", 50000]]);
    const admin = listeners.find((l) => l.identity.envKey === "ADMIN_PORT");
    expect(admin).toMatchObject({ role: "env", source: "env", privilege: { user: "unknown", runBy: "compose" } });
    // APP_PORT=80 is the app's container port 80, written in ports: already: one socket.
    expect(listeners.some((l) => l.identity.envKey === "APP_PORT")).toBe(false);
  });

  it("reports a low port when one of the containers could not bind it", () => {
    const { findings } = scanFiles({ "compose.yaml": compose('    user: "1000"\n    network_mode: host'), ".env": env });
    expect(findings.map(row)).toEqual([
      ["no-privileged-port", "privileged", ".env:2:12-15", 443],
      ["no-dynamic-port", "dynamic", ".env:3:13-18", 50000],
      // APP_PORT=80 is this container port, reported once, on the ports: entry.
      ["no-privileged-port", "privileged", "compose.yaml:13:15-17", 80],
    ]);
  });

  it("resolves env_file paths against the project directory, not the working directory", () => {
    const files = { "deploy/compose.yaml": "services:\n  app:\n    image: acme/app\n    env_file: config/app.env\n", "deploy/config/app.env": "ADMIN_PORT=443\n" };
    expect(scanFiles(files).findings).toEqual([]);
    expect(scanFiles({ ...files, "deploy/compose.yaml": "services:\n  app:\n    image: acme/app\n" }).findings.map(row)).toEqual([
      ["no-privileged-port", "privileged", "deploy/config/app.env:1:12-15", 443],
    ]);
  });
});

describe("the .env a compose project interpolates", () => {
  const compose = [
    "services:",
    "  web:",
    "    image: acme/web",
    '    user: "1000"',
    "    network_mode: host",
    "    command: --debug-port ${DEBUG_PORT} --admin-port $ADMIN_PORT",
    "    environment:",
    "      PORT: ${WEB_PORT:-8080}",
    "",
  ].join("\n");
  const env = ["WEB_PORT=80", "DEBUG_PORT=50000", "ADMIN_PORT=443", "HOST_APP_PORT=81", "# COMMENTED_PORT=82", ""].join("\n");

  it("leaves a variable used in ports/environment to compose, which reports it where it lands", () => {
    const { findings } = scanFiles({ "compose.yaml": compose, ".env": env });
    expect(findings.map(row)).toEqual([
      // Mentioned in command: the value goes into the container, with its privilege.
      ["no-dynamic-port", "dynamic", ".env:2:12-17", 50000],
      ["no-privileged-port", "privileged", ".env:3:12-15", 443],
      // Never mentioned: something else reads the file, as a plain process.
      ["no-privileged-port", "privileged", ".env:4:15-17", 81],
      // ${WEB_PORT:-8080} in the service's environment, with the service's user and host network.
      ["no-privileged-port", "privileged", "compose.yaml:8:13-30", 80],
    ]);
  });

  it("judges the variables it mentions as its containers' (Docker: no limit in a container's own namespace)", () => {
    const bridged = compose.replace('    user: "1000"\n    network_mode: host\n', "");
    const { findings } = scanFiles({ "compose.yaml": bridged, ".env": env });
    expect(findings.map(row)).toEqual([
      ["no-dynamic-port", "dynamic", ".env:2:12-17", 50000],
      ["no-privileged-port", "privileged", ".env:4:15-17", 81],
    ]);
  });

  it("applies to --env-file files as well", () => {
    const { findings } = scanFiles({ "compose.yaml": compose.replace('    user: "1000"\n    network_mode: host\n', ""), "prod.env": env }, { envFiles: ["prod.env"] });
    expect(findings.map(row)).toEqual([
      ["no-dynamic-port", "dynamic", "prod.env:2:12-17", 50000],
      ["no-privileged-port", "privileged", "prod.env:4:15-17", 81],
    ]);
  });
});

describe("compose environment: keys", () => {
  it("takes gluetun's WIREGUARD_ENDPOINT_PORT for the remote server's port", () => {
    const compose = ["services:", "  vpn:", "    image: qmcgaw/gluetun", "    environment:", "      - WIREGUARD_ENDPOINT_IP=203.0.113.7", "      - WIREGUARD_ENDPOINT_PORT=51820", ""].join("\n");
    const { findings, listeners } = scanFiles({ "compose.yaml": compose });
    expect(findings).toEqual([]);
    expect(listeners.map((l) => [l.role, l.port, l.identity])).toEqual([["remote", 51820, { envKey: "WIREGUARD_ENDPOINT_PORT" }]]);
  });

  it("keeps the registered-port check on a remote port and the binding checks on the product's own", () => {
    const compose = [
      "services:",
      "  app:",
      "    image: node:22",
      "    environment:",
      "      REDIS_PORT: 5432",
      "      SMTP_PORT: 25",
      "      MAIL_PORT: 70000",
      "  cache:",
      "    image: redis:7",
      "    network_mode: host",
      '    user: "999"',
      "    environment:",
      "      REDIS_PORT: 637",
      "",
    ].join("\n");
    const { findings } = scanFiles({ "compose.yaml": compose });
    expect(findings.map(row)).toEqual([
      ["no-registered-port-misuse", "registered", "compose.yaml:5:19-23", 5432],
      ["valid-port", "outOfRange", "compose.yaml:7:18-23", 70000],
      ["no-privileged-port", "privileged", "compose.yaml:13:19-22", 637],
    ]);
  });
});

describe("a container port written in ports: and expose:", () => {
  const service = (lines: string[]) => ["services:", "  app:", "    image: acme/app", ...lines, ""].join("\n");

  it("is one listener, reported where it is first written", () => {
    const { findings, listeners } = scanFiles({ "compose.yaml": service(["    ports:", "      - 53842:53842", "    expose:", "      - 53842"]) });
    expect(findings.map(row)).toEqual([["no-dynamic-port", "dynamic", "compose.yaml:5:9-14", 53842]]);
    expect(listeners.map((l) => `${l.role} ${l.port}/${l.protocol} ${l.origin.line}`)).toEqual(["container 53842/tcp 5", "published 53842/tcp 5"]);
  });

  it("is one listener behind two host ports; each host port is its own bind", () => {
    const { findings } = scanFiles({ "compose.yaml": service(["    ports:", '      - "8080:50000"', '      - "127.0.0.1:8081:50000"']) });
    expect(findings.map(row)).toEqual([["no-dynamic-port", "dynamic", "compose.yaml:5:15-20", 50000]]);
  });

  it("stays two when the places say different things: another protocol, a range, a port name", () => {
    const { findings } = scanFiles({
      "compose.yaml": service([
        "    ports:",
        "      - 51820:51820/udp",
        "      - target: 50100",
        "        name: web",
        "    expose:",
        "      - 51820",
        "      - 50100",
        "      - 50100-50101",
      ]),
    });
    expect(findings.map(row)).toEqual([
      ["no-dynamic-port", "dynamic", "compose.yaml:5:9-14", 51820],
      ["no-dynamic-port", "dynamic", "compose.yaml:6:17-22", 50100],
      ["no-dynamic-port", "dynamic", "compose.yaml:9:9-14", 51820],
      ["no-dynamic-port", "dynamic", "compose.yaml:11:9-20", 50100],
    ]);
  });
});
