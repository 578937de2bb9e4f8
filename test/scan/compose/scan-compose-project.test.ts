import { describe, expect, it } from "vitest";
import type { Listener } from "../../../src/core/listener.js";
import { scanComposeProject } from "../../../src/scan/compose/index.js";
import { portKey, uniqueBy, type RawPort } from "../../../src/scan/compose/merge-services.js";
import { describeFinding, scanFiles } from "../scan-fixture.js";
import { hasShared, loadVectors, SKIP_MESSAGE } from "./shared-vectors.js";

function scan(text: string, env: Record<string, string> = {}, overrides: string[] = []) {
  const files = [{ path: "compose.yaml", text }, ...overrides.map((t, i) => ({ path: `compose.override${i || ""}.yaml`, text: t }))];
  return scanComposeProject({ files, env, projectName: "demo" });
}

/** role, port, file:line:column-endColumn: what a reviewer checks against the source. */
const at = (l: Listener) => [l.role, l.port, `${l.origin.file}:${l.origin.line}:${l.origin.column}-${l.origin.endColumn}`];

interface PortVector {
  input: unknown;
  kind: string;
  expect: "error" | Array<Record<string, unknown>> | unknown[];
  env?: Record<string, string>;
  source: string;
}

// Vectors not run through the front end, each with its reason. Short-syntax vectors run in
// parse-port-spec.test.ts against the grammar itself.
const SKIPPED: Record<string, string> = {};

describe.skipIf(!hasShared)(`compose long, expose and merge-unicity vectors${hasShared ? "" : ` (${SKIP_MESSAGE})`}`, () => {
  const vectors = loadVectors<PortVector>("compose-port-vectors.json").filter((v) => !["short", "short-int"].includes(v.kind));
  const name = (v: PortVector) => `${v.kind} ${JSON.stringify(v.input)}`;

  it("has vectors of each kind", () => {
    expect(new Set(vectors.map((v) => v.kind))).toEqual(new Set(["long", "expose", "merge-unicity"]));
  });

  for (const vector of vectors.filter((v) => v.kind === "long")) {
    it.skipIf(name(vector) in SKIPPED)(name(vector), () => {
      // JSON is YAML flow syntax: the item goes through the real reader.
      const result = scan(`services:\n  s:\n    image: app\n    ports:\n      - ${JSON.stringify(vector.input)}\n`, vector.env);
      const [expected] = vector.expect as Array<{ host_ip?: string; published: string | number; target: number; protocol: string; name?: string; app_protocol?: string }>;
      if (!expected) throw new Error("a long vector expects one mapping");
      expect(result.findings).toEqual([]);
      const container = result.listeners.find((l) => l.role === "container");
      const published = result.listeners.find((l) => l.role === "published");
      expect(container).toMatchObject({ port: expected.target, protocol: expected.protocol });
      expect(published).toMatchObject({ port: Number(expected.published), protocol: expected.protocol });
      expect(published?.hostIp).toBe(expected.host_ip || undefined);
      expect(published?.identity.portName).toBe(expected.name);
      expect(published?.identity.appProtocol).toBe(expected.app_protocol);
    });
  }

  for (const vector of vectors.filter((v) => v.kind === "expose")) {
    it.skipIf(name(vector) in SKIPPED)(name(vector), () => {
      const result = scan(`services:\n  s:\n    image: app\n    expose: ${JSON.stringify(vector.input)}\n`);
      expect(result.listeners.map((l) => [l.role, String(l.port)])).toEqual((vector.expect as string[]).map((p) => ["container", p]));
    });
  }

  for (const vector of vectors.filter((v) => v.kind === "merge-unicity")) {
    it.skipIf(name(vector) in SKIPPED)(name(vector), () => {
      expect(uniqueBy(vector.input as RawPort[], portKey)).toEqual(vector.expect);
    });
  }
});

describe("short syntax", () => {
  const text = [
    "services:", //                                           1
    "  web:", //                                              2
    "    image: nginx:1.27", //                               3
    "    ports:", //                                          4
    '      - "127.0.0.1:8080:80"', //                         5
    "      - 3000", //                                        6
    "      - '9000-9001:7000-7001/udp'", //                   7
    "", //                                                    8
  ].join("\n");

  it("gives a published and a container listener per mapping, on the exact tokens", () => {
    const { listeners, findings } = scan(text);
    expect(findings).toEqual([]);
    expect(listeners.map(at)).toEqual([
      ["container", 80, "compose.yaml:5:25-27"],
      ["published", 8080, "compose.yaml:5:20-24"],
      // "3000" alone: a random host port, so only the container port is a fixed listener.
      ["container", 3000, "compose.yaml:6:9-13"],
      ["container", 7000, "compose.yaml:7:20-29"],
      ["published", 9000, "compose.yaml:7:10-19"],
    ]);
  });

  it("keeps ranges, protocol, host IP, identity and scopes", () => {
    const { listeners } = scan(text);
    const [container, published, , range] = listeners;
    expect(published).toMatchObject({ hostIp: "127.0.0.1", scope: "compose:demo", source: "compose", identity: { name: "web", image: "nginx:1.27" } });
    expect(container).toMatchObject({ scope: "compose:demo:web", privilege: { user: "unknown", capAdd: [], network: "own" } });
    expect(range).toMatchObject({ port: 7000, endPort: 7001, protocol: "udp" });
  });

  it("warns about an unquoted HOST:CONTAINER that YAML 1.1 reads as base 60, and still reads it", () => {
    const { listeners, findings } = scan("services:\n  ssh:\n    image: sshd\n    ports:\n      - 2222:22\n      - 8080:80\n");
    expect(findings.map((f) => [f.ruleId, f.messageId, f.severity, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["valid-port", "unquotedBase60", "warning", 5, 9, 16],
    ]);
    expect(findings[0]?.data).toEqual({ value: "2222:22" });
    expect(listeners.map((l) => l.port)).toEqual([22, 2222, 80, 8080]);
  });

  it("reports malformed and out-of-range specs on the offending token", () => {
    const { listeners, findings } = scan('services:\n  web:\n    image: x\n    ports:\n      - "80000:80"\n      - "localhost:80:80"\n      - true\n');
    expect(listeners).toEqual([]);
    expect(findings.map((f) => [f.messageId, f.data.value, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["outOfRange", "80000", 5, 10, 15],
      ["malformed", "localhost:80:80", 6, 10, 19],
      ["malformed", "true", 7, 9, 13],
    ]);
  });
});

describe("interpolation", () => {
  const text = 'services:\n  web:\n    image: app\n    ports:\n      - "${WEB_PORT:-8080}:${APP_PORT}"\n';

  it("points a port from a default at the default literal, marked as fallback", () => {
    const { listeners, findings } = scan(text, { APP_PORT: "3000" });
    expect(findings).toEqual([]);
    expect(listeners.map(at)).toEqual([
      ["container", 3000, "compose.yaml:5:28-39"],
      ["published", 8080, "compose.yaml:5:22-26"],
    ]);
    expect(listeners[1]?.origin.fallback).toBe(true);
    expect(listeners[0]?.origin.fallback).toBeUndefined();
  });

  it("points a set variable's port at its ${...} expression", () => {
    const { listeners } = scan(text, { APP_PORT: "3000", WEB_PORT: "9090" });
    expect(listeners.map(at)[1]).toEqual(["published", 9090, "compose.yaml:5:10-27"]);
  });

  it("warns about an unset variable without default and never guesses its port", () => {
    // "8080:" is no spec at all once APP_PORT is empty; the unset variable is the finding.
    const { listeners, findings } = scan(text);
    expect(listeners).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.severity, f.data.variable, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["valid-port", "unset", "warning", "APP_PORT", 5, 28, 39],
    ]);
  });

  it("treats ${HOST_PORT}:80 with HOST_PORT unset as an unknown host port, not as no host port", () => {
    const { listeners, findings } = scan('services:\n  web:\n    image: app\n    ports: ["${HOST_PORT}:80"]\n');
    expect(listeners.map(at)).toEqual([["container", 80, "compose.yaml:4:27-29"]]);
    expect(findings.map((f) => [f.messageId, f.severity, f.data.variable, f.origin.column, f.origin.endColumn])).toEqual([["unsetHostPort", "warning", "HOST_PORT", 14, 26]]);
  });

  it("reports ${VAR:?message} unset as unresolved on the expression, with compose's message", () => {
    const { findings } = scan('services:\n  web:\n    image: app\n    ports: ["${WEB:?set WEB}:80"]\n');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId: "unresolved", data: { variable: "WEB", detail: "required variable WEB is missing a value: set WEB" } });
    expect(findings[0]?.origin).toMatchObject({ line: 4, column: 14, endColumn: 29 });
  });

  it("reports an invalid template as malformed", () => {
    const { findings } = scan('services:\n  web:\n    image: app\n    ports: ["${WEB/8/9}:80"]\n');
    expect(findings.map((f) => f.messageId)).toEqual(["malformed"]);
  });
});

describe("long syntax and expose", () => {
  it("reads target, published (string, int, range), host_ip, protocol, name", () => {
    const text = [
      "services:",
      "  api:",
      "    image: api",
      "    ports:",
      "      - target: 8080",
      '        published: "8000-8010"',
      "        host_ip: 127.0.0.1",
      "        protocol: UDP",
      "        name: http",
      "      - target: 9090",
      "      - published: 81",
      "    expose:",
      '      - "4000-4001/udp"',
      "",
    ].join("\n");
    const { listeners, findings } = scan(text);
    expect(listeners.map(at)).toEqual([
      ["container", 8080, "compose.yaml:5:17-21"],
      ["published", 8000, "compose.yaml:6:21-30"],
      ["container", 9090, "compose.yaml:10:17-21"],
      ["container", 4000, "compose.yaml:13:10-19"],
    ]);
    expect(listeners[1]).toMatchObject({ endPort: 8010, protocol: "udp", hostIp: "127.0.0.1", identity: { portName: "http" } });
    expect(listeners[3]).toMatchObject({ endPort: 4001, protocol: "udp", scope: "compose:demo:api" });
    expect(findings.map((f) => [f.messageId, f.origin.line])).toEqual([["malformed", 11]]);
  });

  // temporalio/docker-compose's multirole file: `published: 55670` and `target: 55670` are one mapping.
  it("reports a long-syntax entry once, on its first token, across its lines", () => {
    const compose = "services:\n  otel:\n    image: otel/opentelemetry-collector:0.47.0\n    ports:\n      - published: 55670\n        target: 55670\n      - target: 50001\n        published: 50002\n";
    expect(scanFiles({ "compose.yaml": compose }).findings.map(describeFinding)).toEqual([
      "compose.yaml:5:20-25 no-dynamic-port/dynamic error 55670",
      "compose.yaml:7:17-22 no-dynamic-port/dynamic error 50001",
      "compose.yaml:8:20-25 no-dynamic-port/dynamic error 50002",
    ]);
  });
});

describe("environment listeners", () => {
  it("reads PORT and *_PORT in map and list form, with the service's privilege", () => {
    const text = [
      "services:",
      "  web:",
      "    image: node:22",
      '    user: "1000:1000"',
      "    environment:",
      "      PORT: 3000",
      '      DB_PORT: "${DB_PORT:-5432}"',
      "      DATABASE_URL: postgres://db:5432/app",
      "      PORT_RANGE: 9000",
      "  worker:",
      "    image: node:22",
      "    environment:",
      "      - METRICS_PORT=9464",
      "      - REDIS_PORT",
      "      - ADMIN_PORT=70000",
      "",
    ].join("\n");
    const { listeners, findings } = scan(text, { REDIS_PORT: "6380" });
    expect(listeners.map((l) => [...at(l), l.identity.envKey])).toEqual([
      ["env", 3000, "compose.yaml:6:13-17", "PORT"],
      // The database and Redis that node:22 connects to: remote ports.
      ["remote", 5432, "compose.yaml:7:28-32", "DB_PORT"],
      ["env", 9464, "compose.yaml:13:22-26", "METRICS_PORT"],
      // A bare key takes its value from the environment; the key is where it is written.
      ["remote", 6380, "compose.yaml:14:9-19", "REDIS_PORT"],
    ]);
    // A remote port is named by its key alone: node:22 is not who listens on 5432.
    expect(listeners[1]?.identity).toEqual({ envKey: "DB_PORT" });
    expect(listeners[0]).toMatchObject({ source: "compose", privilege: { user: "non-root" }, identity: { name: "web", image: "node:22" } });
    expect(listeners[0]?.scope).toBeUndefined();
    expect(listeners[1]?.origin.fallback).toBe(true);
    expect(findings.map((f) => [f.messageId, f.data.value, f.origin.line, f.origin.column])).toEqual([["outOfRange", "70000", 15, 20]]);
  });
});

describe("privilege and network", () => {
  const service = (extra: string) => scan(`services:\n  s:\n    image: x\n    ports: ["80:80"]\n${extra}`).listeners;

  it.each([
    ["", "unknown"],
    ['    user: "0"\n', "root"],
    ["    user: root:root\n", "root"],
    ['    user: "0:0"\n', "root"],
    ['    user: "1000"\n', "non-root"],
    ["    user: node\n", "non-root"],
  ])("user %j is %s", (extra, user) => {
    expect(service(extra)[0]?.privilege.user).toBe(user);
  });

  it("normalises cap_add and reads the unprivileged-port sysctl in map and list form", () => {
    expect(service("    cap_add: [cap_net_bind_service, NET_ADMIN]\n    sysctls:\n      net.ipv4.ip_unprivileged_port_start: 80\n")[0]?.privilege).toEqual({
      user: "unknown",
      capAdd: ["NET_BIND_SERVICE", "NET_ADMIN"],
      network: "own",
      unprivilegedPortStart: 80,
    });
    expect(service("    sysctls:\n      - net.ipv4.ip_unprivileged_port_start=1024\n")[0]?.privilege.unprivilegedPortStart).toBe(1024);
  });

  it("with network_mode: host, drops published ports and puts container ports in the project scope", () => {
    const listeners = service("    network_mode: host\n    sysctls: {net.ipv4.ip_unprivileged_port_start: 0}\n");
    expect(listeners.map((l) => [l.role, l.port, l.scope])).toEqual([["container", 80, "compose:demo"]]);
    expect(listeners[0]?.privilege).toEqual({ user: "unknown", capAdd: [], network: "host" });
  });

  it("puts a service:<name> container in the other service's namespace", () => {
    expect(service("    network_mode: service:db\n")[0]?.scope).toBe("compose:demo:db");
  });

  it("keeps profiles on every listener of the service", () => {
    expect(service("    profiles: [debug, tools]\n").map((l) => l.profiles)).toEqual([
      ["debug", "tools"],
      ["debug", "tools"],
    ]);
  });
});

describe("override files", () => {
  const base = 'services:\n  web:\n    image: nginx\n    ports:\n      - "8080:80"\n      - "8443:443"\n';

  it("appends ports, drops exact duplicates (the later one wins in place) and overrides scalars", () => {
    const override = 'services:\n  web:\n    user: "101"\n    ports:\n      - "8080:80"\n      - "9090:90"\n';
    const { listeners } = scan(base, {}, [override]);
    expect(listeners.filter((l) => l.role === "published").map(at)).toEqual([
      ["published", 8080, "compose.override.yaml:5:10-14"],
      ["published", 8443, "compose.yaml:6:10-14"],
      ["published", 9090, "compose.override.yaml:6:10-14"],
    ]);
    expect(listeners.every((l) => l.privilege.user === "non-root")).toBe(true);
  });

  it("honours !reset and !override", () => {
    expect(scan(base, {}, ["services:\n  web:\n    ports: !reset []\n"]).listeners).toEqual([]);
    const replaced = scan(base, {}, ['services:\n  web:\n    ports: !override ["8443:443"]\n']).listeners;
    expect(replaced.filter((l) => l.role === "published").map(at)).toEqual([["published", 8443, "compose.override.yaml:3:24-28"]]);
  });

  it("adds services that only the override defines", () => {
    const { listeners } = scan(base, {}, ['services:\n  debug:\n    image: busybox\n    ports: ["5005:5005"]\n']);
    expect(new Set(listeners.map((l) => l.identity.name))).toEqual(new Set(["web", "debug"]));
  });
});

describe("YAML anchors and merge keys", () => {
  it("resolves <<: *defaults and x- extension fields; positions are the anchor's", () => {
    const text = [
      "x-web: &web",
      "  image: nginx",
      "  ports:",
      '    - "8080:80"',
      "services:",
      "  a:",
      "    <<: *web",
      "  b:",
      "    <<: *web",
      '    ports: ["8081:80"]',
      "",
    ].join("\n");
    const { listeners } = scan(text);
    expect(listeners.filter((l) => l.role === "published").map((l) => [l.identity.name, ...at(l)])).toEqual([
      ["a", "published", 8080, "compose.yaml:4:8-12"],
      ["b", "published", 8081, "compose.yaml:10:14-18"],
    ]);
    expect(listeners.every((l) => l.identity.image === "nginx")).toBe(true);
  });

  it("stops an alias bomb with a parse-error naming file and line", () => {
    const level = (name: string, prev: string) => `x-${name}: &${name}\n  <<: [${Array(10).fill(`*${prev}`).join(", ")}]\n  ${name}: 1\n`;
    const text = [
      "x-a: &a {k0: 1, k1: 1, k2: 1, k3: 1, k4: 1, k5: 1, k6: 1, k7: 1, k8: 1, k9: 1}\n",
      level("b", "a"),
      level("c", "b"),
      level("d", "c"),
      level("e", "d"),
      level("f", "e"),
      "services:\n  web:\n    <<: *f\n    image: x\n    ports: ['80:80']\n",
    ].join("");
    const started = performance.now();
    const { listeners, findings } = scan(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(listeners).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: "parse-error", origin: { file: "compose.yaml" } });
    expect(findings[0]?.message).toContain("alias bomb");
    // The first alias of the file, where the expansion starts.
    expect(findings[0]?.origin).toMatchObject({ line: 3, column: 8 });
  });

  it("cuts a chain of merge keys deeper than 32 maps, naming the service that leads into it", () => {
    let text = "x-m0: &m0 {image: x}\n";
    for (let i = 1; i <= 40; i++) text += `x-m${i}: &m${i} {<<: *m${i - 1}, k${i}: 1}\n`;
    text += "services:\n  web:\n    <<: *m40\n    ports: ['8080:80']\n";
    const { listeners, findings } = scan(text);
    expect(listeners).toEqual([]);
    expect(findings.map((f) => [f.ruleId, f.origin.line, f.data.reason])).toEqual([["parse-error", 43, "its YAML merge keys (<<) chain more than 32 maps deep"]]);
  });

  it("spends the alias budget on aliases only: 12,000 services without one are read", () => {
    let text = "services:\n";
    for (let i = 0; i < 12_000; i++) text += `  s${i}:\n    image: app\n    ports: ["${10_000 + i}:80"]\n`;
    const { listeners, findings } = scan(text);
    expect(findings).toEqual([]);
    expect(listeners.filter((l) => l.role === "published")).toHaveLength(12_000);
  });

  it("does not follow a map that merges itself", () => {
    const { listeners } = scan('services:\n  web: &w\n    <<: *w\n    image: x\n    ports: ["8080:80"]\n');
    expect(listeners.map((l) => l.port)).toEqual([80, 8080]);
  });
});

describe("files that cannot be read", () => {
  it("reports invalid YAML as a parse-error at its line", () => {
    const { findings } = scan("services:\n  web:\n    ports: [\n");
    expect(findings.map((f) => [f.ruleId, f.origin.file])).toEqual([["parse-error", "compose.yaml"]]);
  });
});
