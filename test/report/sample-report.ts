// Hand-written findings for the report tests: several rules and severities, a parse-error, paths
// with spaces, unicode, commas and colons, and a message full of characters each format must
// escape (%, newlines, commas, colons, quotes, XML specials, a control character, a lone surrogate).
import type { Finding } from "../../src/core/finding.js";
import type { Origin } from "../../src/core/listener.js";
import { makeFinding } from "../../src/core/make-finding.js";
import { describeClass } from "../../src/core/port-class.js";
import type { Report } from "../../src/report/report.js";

function at(file: string, line: number, column: number, length: number): Origin {
  return { file, line, column, endLine: line, endColumn: column + length };
}

export const DYNAMIC = makeFinding("no-dynamic-port", "dynamic", { subject: "Port 50000" }, at("compose.yaml", 12, 9, 5), {
  port: 50000,
  protocol: "tcp",
  source: "compose",
});

export const EPHEMERAL = makeFinding(
  "no-ephemeral-port",
  "ephemeral",
  { subject: "Port 40000", class: describeClass(40000), profile: "Linux", range: "32768–60999", below: 32767, reserve: "net.ipv4.ip_local_reserved_ports" },
  at("deploy/my app/k8s.yaml", 30, 26, 5),
  { port: 40000, protocol: "udp", source: "kubernetes", severity: "warning" },
);

export const PRIVILEGED = makeFinding(
  "no-privileged-port",
  "privileged",
  { subject: "Port 80", reason: "the container runs as user 1000 under CRI-O", suggestion: "8080" },
  at("deploy/ünïcødé/svc.yaml", 7, 22, 2),
  { port: 80, protocol: "tcp", source: "kubernetes" },
);

export const DUPLICATE = makeFinding(
  "no-duplicate-port",
  "duplicate",
  { subject: "Port 8080", class: describeClass(8080), protocol: "tcp", other: "web", otherLine: 5, scope: "compose project" },
  at("compose.yaml", 20, 9, 4),
  { port: 8080, protocol: "tcp", source: "compose" },
);

export const PARSE_ERROR = makeFinding(
  "parse-error",
  "parseError",
  { path: "broken.yaml", reason: "unexpected end of the stream within a flow collection" },
  at("broken.yaml", 3, 1, 1),
);

/** Not from the catalogue: a message built to break naive escaping. */
export const NASTY: Finding = {
  ruleId: "no-registered-port-misuse",
  messageId: "registered",
  data: { subject: "Port 5432" },
  severity: "error",
  message: 'Port 5432 is 100% "postgres", <b>not</b> nginx & co.\r\nSecond line: a,b \'quoted\' ]]> \u0001 \uD800 end',
  origin: at("odd,name: x.env", 2, 6, 4),
  port: 5432,
  protocol: "tcp",
  source: "env",
};

/** The same rule on the same token twice (two look-alike entries): names and fingerprints must still differ. */
export const TWIN_A = makeFinding("no-dynamic-port", "dynamic", { subject: "Port 55555" }, at("twins.env", 4, 10, 5), {
  port: 55555,
  protocol: "tcp",
  source: "env",
});
export const TWIN_B: Finding = { ...TWIN_A, origin: { ...TWIN_A.origin } };

export const ALL_FINDINGS: readonly Finding[] = [NASTY, DUPLICATE, PARSE_ERROR, EPHEMERAL, TWIN_B, PRIVILEGED, DYNAMIC, TWIN_A];

export function sampleReport(findings: readonly Finding[] = ALL_FINDINGS): Report {
  return {
    findings,
    files: [
      { path: "compose.yaml", kind: "compose", listeners: 6 },
      { path: "deploy/my app/k8s.yaml", kind: "kubernetes", listeners: 2 },
      { path: "deploy/ünïcødé/svc.yaml", kind: "kubernetes", listeners: 1 },
      { path: "broken.yaml", kind: "compose", listeners: 0 },
      { path: "odd,name: x.env", kind: "env", listeners: 1 },
      { path: "twins.env", kind: "env", listeners: 2 },
      { path: "clean/app.ts", kind: "code", listeners: 3 },
    ],
    tool: { name: "port-policy", version: "0.1.0" },
    cwd: "/home/ci/my repo",
    automationId: "port-policy/config/",
  };
}

export function emptyReport(): Report {
  return { findings: [], files: [], tool: { name: "port-policy", version: "0.1.0" }, cwd: "/home/ci/repo" };
}

/** Path to ../shared (read-only reference data); tests that need it skip when it is absent. */
export const SHARED = new URL("../../../shared/", import.meta.url);
