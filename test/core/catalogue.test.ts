import { describe, expect, it } from "vitest";
import { CATALOGUE, DIAGNOSTICS, PARSE_ERROR, RULE_IDS, docsUrl, renderMessage } from "../../src/core/catalogue.js";
import { CHECKS } from "../../src/core/checks/index.js";
import { noBrowserUnsafePort } from "../../src/core/checks/no-browser-unsafe-port.js";
import { noDuplicatePort } from "../../src/core/checks/no-duplicate-port.js";
import { noDynamicPort } from "../../src/core/checks/no-dynamic-port.js";
import { noEphemeralPort } from "../../src/core/checks/no-ephemeral-port.js";
import { noPrivilegedPort } from "../../src/core/checks/no-privileged-port.js";
import { noRegisteredPortMisuse } from "../../src/core/checks/no-registered-port-misuse.js";
import { validPort } from "../../src/core/checks/valid-port.js";
import type { Finding } from "../../src/core/finding.js";
import type { Listener, Privilege } from "../../src/core/listener.js";
import { makeFinding } from "../../src/core/make-finding.js";
import type { Policy } from "../../src/core/policy.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { suppress } from "../../src/core/suppress.js";
import { describeClass } from "../../src/core/port-class.js";
import { makeListener } from "./make-listener.js";

/** The longest bound the CI-log messages keep (issue 9 §7: "at most ~200 characters"). */
const MAX_MESSAGE = 200;

const recommended = PRESETS.recommended!;
const strict = PRESETS.strict!;
const at = { file: "deploy/k8s/payments.yaml", line: 12, column: 9, endLine: 12, endColumn: 14 };
const nonRoot: Privilege = { user: "non-root", capAdd: [], network: "own" };
/** Long but real hints: a fallback behind an env key, an image with a registry and a long path. */
const FALLBACK = { file: "src/server.ts", line: 3, column: 40, endLine: 3, endColumn: 45, fallback: true };
const longImage = "ghcr.io/nginxinc/nginx-unprivileged:1.27-alpine";

function code(port: number, overrides: Partial<Listener> = {}): Listener {
  return makeListener({ port, origin: FALLBACK, identity: { envKey: "PORT", framework: "socket.io" }, ...overrides });
}

function k8s(port: number, privilege: Partial<Privilege>, source: Listener["source"] = "kubernetes"): Listener {
  return makeListener({ port, role: "container", source, privilege: { ...nonRoot, ...privilege }, identity: { image: longImage } });
}

const withProfile = (profile: "linux" | "freebsd"): Policy => ({ ...recommended, ephemeral: [{ profile }] });
const orgPolicy: Policy = { ...recommended, orgRegistry: [{ ports: { from: 8443, to: 8443 }, service: "payments-api-gateway" }] };
const published = (name: string, line: number): Listener =>
  makeListener({ port: 8080, role: "published", source: "compose", scope: "compose:shop", identity: { name }, origin: { ...at, line } });

/** A finding a front end makes itself, with the class data its producer adds for a port. */
function frontEnd(ruleId: "valid-port" | "no-duplicate-port", messageId: string, port: number | undefined, data: Record<string, string | number>): Finding {
  return makeFinding(ruleId, messageId, port === undefined ? data : { ...data, port, class: describeClass(port) }, at, port === undefined ? {} : { port });
}

/** Each message rendered from the data its producer really makes, with long realistic values. */
const REALISTIC: Array<[string, () => Finding[]]> = [
  ["no-dynamic-port/dynamic", () => noDynamicPort([code(50051)])],
  [
    "no-dynamic-port/ownPort",
    () => noDynamicPort([makeListener({ port: 51820, protocol: "udp", role: "published", source: "compose", identity: { name: "wireguard", image: "lscr.io/linuxserver/wireguard:1.0.20210914" }, origin: { ...at, exampleEnv: "deploy/wireguard/.env.example" } })]),
  ],
  ["no-ephemeral-port/ephemeral (Linux)", () => noEphemeralPort([code(40000)], withProfile("linux"))],
  ["no-ephemeral-port/ephemeral (FreeBSD)", () => noEphemeralPort([code(40000)], withProfile("freebsd"))],
  ["no-privileged-port/privileged (plain process)", () => noPrivilegedPort([code(443)], recommended)],
  ["no-privileged-port/privileged (portable runtime)", () => noPrivilegedPort([k8s(443, {})], recommended)],
  ["no-privileged-port/privileged (sysctl)", () => noPrivilegedPort([k8s(443, { unprivilegedPortStart: 1000 })], recommended)],
  ["no-privileged-port/privileged (host network)", () => noPrivilegedPort([k8s(443, { network: "host" })], PRESETS.docker!)],
  ["no-privileged-port/privileged (OpenShift)", () => noPrivilegedPort([k8s(443, { user: "unknown" })], PRESETS.openshift!)],
  [
    "no-privileged-port/privileged (rootless publish)",
    () => noPrivilegedPort([makeListener({ port: 443, role: "published", source: "compose" })], { ...recommended, runtime: { ...recommended.runtime, compose: "podman-rootless" } }),
  ],
  ["no-registered-port-misuse/registered", () => noRegisteredPortMisuse([k8s(5432, {})], recommended)],
  [
    "no-registered-port-misuse/registered (env key)",
    () => noRegisteredPortMisuse([makeListener({ port: 5432, role: "env", source: "env", identity: { envKey: "ANALYTICS_REDIS_PORT" } })], recommended),
  ],
  ["no-registered-port-misuse/deFacto", () => noRegisteredPortMisuse([code(16686)], strict)],
  ["no-registered-port-misuse/orgRegistered", () => noRegisteredPortMisuse([k8s(8443, {})], orgPolicy)],
  ["no-duplicate-port/duplicate", () => noDuplicatePort([published("checkout-frontend", 8), published("checkout-backend", 1234)])],
  ["no-browser-unsafe-port/unsafe", () => noBrowserUnsafePort([code(6667)])],
  ["valid-port/outOfRange", () => validPort([code(80800)], recommended)],
  ["valid-port/nodePortRange", () => validPort([makeListener({ port: 8080, role: "node-port", source: "kubernetes" })], recommended)],
  [
    "valid-port/malformed",
    () => [
      makeFinding("valid-port", "malformed", { value: '"8080"', reason: "quoted, it is a port name to Kubernetes, and a name needs a letter" }, at),
      makeFinding("valid-port", "malformed", { value: '"127.0.0.1:8080-8081:80/tpc"', reason: "invalid proto: tpc" }, at),
    ],
  ],
  ["valid-port/unquotedBase60", () => [makeFinding("valid-port", "unquotedBase60", { value: "2222:22" }, at)]],
  ["valid-port/unresolved", () => [makeFinding("valid-port", "unresolved", { value: '"${WEB_HTTP_PORT}:8000"', variable: "WEB_HTTP_PORT" }, at)]],
  ["no-duplicate-port/declaredTwice", () => [frontEnd("no-duplicate-port", "declaredTwice", 8080, { subject: "Port 8080", protocol: "tcp", owner: "container checkout-frontend-sidecar", otherLine: 1234 })]],
  [
    "no-duplicate-port/daemonSetHostPort",
    () => [frontEnd("no-duplicate-port", "daemonSetHostPort", 9100, { subject: "Port 9100", protocol: "tcp", other: "prometheus-node-exporter", otherFile: "deploy/monitoring/node-exporter.yaml", otherLine: 123 })],
  ],
  ["valid-port/notAPort", () => [frontEnd("valid-port", "notAPort", undefined, { field: "lifecycle.preStop.httpGet.port", what: '"8080" (quoted, so a string)' })]],
  ["valid-port/missingPort", () => [frontEnd("valid-port", "missingPort", undefined, { has: "only the value 8080", field: "containerPort" })]],
  ["valid-port/invalidPortName", () => [frontEnd("valid-port", "invalidPortName", undefined, { field: "The lifecycle.preStop.httpGet.port", value: '"n234567890123456"', reason: "has 16 characters, more than 15" })]],
  ["valid-port/invalidServicePortName", () => [frontEnd("valid-port", "invalidServicePortName", undefined, { value: '"Checkout_Frontend_Metrics"', reason: "may hold only a–z, 0–9 and hyphens" })]],
  ["valid-port/duplicatePortName", () => [frontEnd("valid-port", "duplicatePortName", undefined, { value: '"metrics-admin"', otherLine: 1234, owner: "Service checkout-frontend-gateway" })]],
  ["valid-port/missingServicePortName", () => [frontEnd("valid-port", "missingServicePortName", undefined, { service: "checkout-frontend-gateway-internal" })]],
  ["valid-port/knativeOnePort", () => [frontEnd("valid-port", "knativeOnePort", 9090, { otherLine: 1234 })]],
  ["valid-port/knativeReservedPort", () => [frontEnd("valid-port", "knativeReservedPort", 8012, {})]],
  ["valid-port/knativePortName", () => [frontEnd("valid-port", "knativePortName", 50051, { value: '"grpc-internal"' })]],
  ["valid-port/hostIpWithoutHostPort", () => [frontEnd("valid-port", "hostIpWithoutHostPort", 8080, { value: "fd00:1234:5678::17" })]],
  [
    "valid-port/unknownPortName",
    () => [frontEnd("valid-port", "unknownPortName", undefined, { user: "targetPort of Service checkout-frontend-gateway", value: '"https-admin"', where: "the 12 selected workloads declare" })],
  ],
  [
    "valid-port/undeclaredPort",
    () => [frontEnd("valid-port", "undeclaredPort", 10254, { user: "targetPort of Service checkout-frontend-gateway", where: "the 12 selected workloads declare" })],
  ],
  ["valid-port/protocolMismatch", () => [frontEnd("valid-port", "protocolMismatch", 5353, { user: "readinessProbe tcpSocket", value: '"dns-metrics"', where: "container coredns-sidecar declares", protocol: "UDP" })]],
  ["valid-port/sshForbidden", () => validPort([makeListener({ port: 20, endPort: 25, role: "container", source: "dockerfile" })], { ...recommended, ssh: "forbid" })],
  ["valid-port/hostPortForbidden", () => [frontEnd("valid-port", "hostPortForbidden", 9100, { allowed: "only host ports 80, 443, 8080–8090, 9000–9099" })]],
  ["valid-port/hostNetworkForbidden", () => [frontEnd("valid-port", "hostNetworkForbidden", undefined, {})]],
  ["valid-port/serviceTypeForbidden", () => [frontEnd("valid-port", "serviceTypeForbidden", undefined, { type: "LoadBalancer", how: "through a load balancer and node ports", range: "30000–32767" })]],
  ["valid-port/hostIpRequired", () => [frontEnd("valid-port", "hostIpRequired", 18443, { subject: "Port range 18443–18453", fix: "127.0.0.1:18443-18453:8443-8453/tcp" })]],
  ["valid-port/hostIpRequiredRandom", () => [frontEnd("valid-port", "hostIpRequiredRandom", 3000, { fix: "127.0.0.1::3000/udp" })]],
  ["valid-port/unset", () => [makeFinding("valid-port", "unset", { value: '"8000:${WEB_CONTAINER_PORT}"', variable: "WEB_CONTAINER_PORT" }, at)]],
  ["valid-port/unsetHostPort", () => [makeFinding("valid-port", "unsetHostPort", { value: '"${WEB_HTTP_PORT}:8000"', variable: "WEB_HTTP_PORT" }, at)]],
  [
    "no-dynamic-port/dynamic (value from an example env file)",
    () => noDynamicPort([makeListener({ port: 50051, role: "published", source: "compose", origin: { ...at, exampleEnv: "services/checkout/.env.example" } })]),
  ],
  [
    "parse-error/parseError",
    () => [makeFinding("parse-error", "parseError", { path: "deploy/helm/templates/deployment.yaml", reason: "invalid YAML: Implicit keys need to be on a single line at line 12, column 3" }, at)],
  ],
  [
    "parse-error/duplicateKey",
    () => [makeFinding("parse-error", "duplicateKey", { path: "deploy/helm/templates/deployment.yaml", key: "containerPort", firstLine: 1234 }, at)],
  ],
  [
    "unused-disable-directive/unused",
    () => suppress([], [{ kind: "disable-next-line", rules: ["no-registered-port-misuse", "no-browser-unsafe-port"], origin: at }]).unused,
  ],
  ["unused-disable-directive/unknownRule", () => suppress([], [{ kind: "disable-next-line", rules: ["no-registered-port-misuses"], origin: at }]).unused],
];

describe("rule catalogue", () => {
  it("lists the six rules of DESIGN.md, no-dynamic-port split in two, each with a check and a setting in every preset", () => {
    expect(RULE_IDS).toEqual([
      "no-dynamic-port",
      "no-ephemeral-port",
      "no-privileged-port",
      "no-registered-port-misuse",
      "no-duplicate-port",
      "no-browser-unsafe-port",
      "valid-port",
    ]);
    for (const id of RULE_IDS) {
      expect(CHECKS[id]).toBeTypeOf("function");
      for (const preset of Object.values(PRESETS)) expect(preset.rules[id]).toMatch(/^(error|warn|off)$/);
    }
  });

  it("gives each rule its recommended preset severity (no-ephemeral-port: warn), strict raising only no-ephemeral-port", () => {
    for (const entry of CATALOGUE) expect(recommended.rules[entry.id as keyof Policy["rules"]]).toBe(entry.severity);
    const raised = Object.entries(strict.rules).filter(([id, severity]) => recommended.rules[id as keyof Policy["rules"]] !== severity);
    expect(raised).toEqual([["no-ephemeral-port", "error"]]);
  });

  it("gives every entry a one-line description, a rationale and camelCase message ids", () => {
    for (const entry of [...CATALOGUE, PARSE_ERROR]) {
      expect(entry.description).not.toMatch(/\n|\.$/);
      expect(entry.rationale.length).toBeGreaterThan(80);
      for (const id of Object.keys(entry.messages)) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(docsUrl(entry.id)).toMatch(new RegExp(`/docs/rules/${entry.id}\\.md$`));
    }
  });

  it("has messages that name the port's class (or all classes) and end with what to do", () => {
    // `unresolved` is about a port nobody can know yet, so it has no class to name; the port-name
    // messages are about a name, which has no number to classify.
    const classless = new Set(["unresolved", "invalidPortName", "invalidServicePortName", "duplicatePortName", "missingServicePortName", "unknownPortName"]);
    for (const entry of CATALOGUE) {
      for (const [id, template] of Object.entries(entry.messages)) {
        if (classless.has(id)) continue;
        const namesClass = /\{\{class\}\}|system range|dynamic range|user range|system 0–1023/.test(template);
        expect(namesClass, `${entry.id}/${id}`).toBe(true);
        expect(template.trim().endsWith("."), `${entry.id}/${id}`).toBe(true);
      }
    }
  });

  it("renders placeholders and leaves unknown ones visible", () => {
    expect(renderMessage("{{a}} and {{b}}", { a: 1 })).toBe("1 and {{b}}");
    expect(renderMessage("${{{variable}}:-8080}", { variable: "PORT" })).toBe("${PORT:-8080}");
  });
});

describe("messages read in a CI log", () => {
  it("has a realistic case for every message of every rule and diagnostic", () => {
    const covered = new Set(REALISTIC.map(([name]) => name.split(" ")[0]));
    const all = [...CATALOGUE, ...DIAGNOSTICS].flatMap((entry) => Object.keys(entry.messages).map((id) => `${entry.id}/${id}`));
    expect(all.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const [name, produce] of REALISTIC) {
    it(`${name}: one sentence of at most ${MAX_MESSAGE} characters, every placeholder filled`, () => {
      const [ruleId, messageId] = name.split(" ")[0]!.split("/");
      const findings = produce();
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        expect([finding.ruleId, finding.messageId]).toEqual([ruleId, messageId]);
        expect(finding.message.length, finding.message).toBeLessThanOrEqual(MAX_MESSAGE);
        expect(finding.message).not.toMatch(/\{\{\w+\}\}/);
        expect(finding.message, "a second sentence").not.toMatch(/[.!?]\s+[A-Z]/);
        expect(finding.message.endsWith("."), finding.message).toBe(true);
      }
    });
  }
});
