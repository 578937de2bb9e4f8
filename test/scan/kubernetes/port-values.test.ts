// Kubernetes port values the API server refuses (issue 11) and ports entries of the wrong shape
// (issue 13): each a valid-port finding on the token, with the rest of the file still checked.
import { describe, expect, it } from "vitest";
import { carets, describeFinding, scanFiles } from "../scan-fixture.js";

function pod(ports: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/app:1\n      ports:\n${ports}`;
}

function findingsOf(text: string) {
  return scanFiles({ "pod.yaml": text }).findings;
}

describe("Kubernetes containerPort values that are not ports", () => {
  it.each([
    ["true", "        - containerPort: true\n", "true (a boolean)", [9, 26, 30]],
    ["null", "        - containerPort: null\n", "empty", [9, 11, 24]],
    ["~", "        - containerPort: ~\n", "empty", [9, 11, 24]],
    ["nothing", "        - containerPort:\n          name: web\n", "empty", [9, 11, 24]],
    ['""', '        - containerPort: ""\n', "an empty string", [9, 26, 28]],
    ["http", "        - containerPort: http\n", '"http"', [9, 26, 30]],
    ['"8080"', '        - containerPort: "8080"\n', '"8080" (quoted, so a string)', [9, 27, 31]],
    ["8080.5", "        - containerPort: 8080.5\n", "8080.5 (not a whole number)", [9, 26, 32]],
    ["a mapping", "        - containerPort: {port: 8080}\n", "a mapping", [9, 26, 38]],
    ["a list", "        - containerPort: [8080]\n", "a list", [9, 26, 32]],
    ["0", "        - containerPort: 0\n", "0", [9, 26, 27]],
  ])("reports containerPort: %s on its token", (_label, entry, what, [line, column, endColumn]) => {
    const findings = findingsOf(pod(entry));
    expect(findings.map((f) => [f.ruleId, f.messageId, f.severity, f.data.field, f.data.what, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["valid-port", "notAPort", "error", "containerPort", what, line, column, endColumn],
    ]);
  });

  it("reports 1000000 as out of range on its token, and keeps checking the next entry", () => {
    const text = pod("        - containerPort: 1000000\n        - containerPort: 50000\n");
    expect(findingsOf(text).map(describeFinding)).toEqual(["pod.yaml:9:26-33 valid-port/outOfRange error 1000000", "pod.yaml:10:26-31 no-dynamic-port/dynamic error 50000"]);
  });

  it("still checks a quoted containerPort as the port it names", () => {
    const findings = findingsOf(pod('        - containerPort: "50000"\n'));
    expect(findings.map((f) => [f.ruleId, f.messageId, f.port])).toEqual([
      ["no-dynamic-port", "dynamic", 50000],
      ["valid-port", "notAPort", 50000],
    ]);
  });

  it("reports hostPort values that are not ports, and leaves hostPort null or 0 (unset) alone", () => {
    const text = pod("        - {containerPort: 8080, hostPort: http}\n        - {containerPort: 8081, hostPort: ~}\n        - {containerPort: 8082, hostPort: 0}\n");
    expect(findingsOf(text).map((f) => [f.messageId, f.data.field, f.data.what, f.origin.line, f.origin.column])).toEqual([["notAPort", "hostPort", '"http"', 9, 43]]);
  });

  it("leaves templates and variables for rendering to fill in", () => {
    const text = pod('        - containerPort: "{{ .Values.port }}"\n        - containerPort: ${PORT}\n        - containerPort: {{ .Values.admin }}\n');
    expect(findingsOf(text)).toEqual([]);
  });
});

describe("Kubernetes ports entries of the wrong shape", () => {
  it("reports a hostPort without containerPort on the hostPort key", () => {
    const text = pod("        - hostPort: 8080\n          name: web\n");
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ ruleId: "valid-port", messageId: "missingPort", severity: "error", data: { has: "a hostPort", field: "containerPort" } });
    expect(carets(text, finding!.origin)).toBe("        - hostPort: 8080\n          ^^^^^^^^");
  });

  it("reports an entry with only a name, and a bare number instead of a mapping", () => {
    const text = pod("        - name: web\n        - 8080\n");
    expect(findingsOf(text).map((f) => [f.messageId, f.data.has, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["missingPort", "a name", 9, 11, 15],
      ["missingPort", "only the value 8080", 10, 11, 15],
    ]);
  });

  it("warns about hostIP without hostPort, on the hostIP value (the API server's warning)", () => {
    const text = pod("        - containerPort: 8080\n          hostIP: 127.0.0.1\n");
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ ruleId: "valid-port", messageId: "hostIpWithoutHostPort", severity: "warning", port: 8080, data: { value: "127.0.0.1" } });
    expect(carets(text, finding!.origin)).toBe("          hostIP: 127.0.0.1\n                  ^^^^^^^^^");
  });

  it("keeps hostIP with its hostPort, so two addresses of one port are not one socket", () => {
    const text = pod("        - {containerPort: 53, hostPort: 53, hostIP: 10.0.0.1, protocol: UDP}\n");
    const result = scanFiles({ "pod.yaml": text });
    expect(result.findings).toEqual([]);
    expect(result.listeners.find((l) => l.role === "published")?.hostIp).toBe("10.0.0.1");
  });

  it("warns about one container declaring the same containerPort and protocol twice, on the second", () => {
    const text = pod("        - {containerPort: 8080, name: web}\n        - {containerPort: 8080, protocol: UDP}\n        - {containerPort: 8080, name: admin}\n");
    const findings = findingsOf(text);
    expect(findings.map(describeFinding)).toEqual(["pod.yaml:11:27-31 no-duplicate-port/declaredTwice warning 8080"]);
    expect(findings[0]!.data).toMatchObject({ owner: "container app", otherLine: 9, protocol: "tcp" });
  });
});

describe("Kubernetes port names (IsValidPortName, DNS-1123 labels for Service ports)", () => {
  it.each([
    ["PORT-NAME", "may hold only a–z, 0–9 and hyphens"],
    ["port_name", "may hold only a–z, 0–9 and hyphens"],
    ["-port", "begins or ends with a hyphen"],
    ["port-", "begins or ends with a hyphen"],
    ["my--port", "has two hyphens in a row"],
    ["n234567890123456", "has 16 characters, more than 15"],
    ["123456", "has no letter"],
  ])("reports the container port name %s on its token", (name, reason) => {
    const text = pod(`        - containerPort: 8080\n          name: ${name}\n`);
    const [finding] = findingsOf(text);
    expect(finding).toMatchObject({ ruleId: "valid-port", messageId: "invalidPortName", data: { value: `"${name}"`, reason } });
    expect([finding!.origin.line, finding!.origin.column, finding!.origin.endColumn]).toEqual([10, 17, 17 + name.length]);
  });

  it("accepts names at the limits: 15 characters, digits with one letter, inner hyphens", () => {
    const text = pod("        - {containerPort: 8080, name: n23456789012345}\n        - {containerPort: 8081, name: 8080-tcp}\n        - {containerPort: 8082, name: a-b-c}\n");
    expect(findingsOf(text)).toEqual([]);
  });

  it("reports a name used twice in one container on the second", () => {
    const text = pod("        - {containerPort: 8080, name: web}\n        - {containerPort: 8443, name: web}\n");
    expect(findingsOf(text).map((f) => [f.messageId, f.data.value, f.data.otherLine, f.origin.line, f.origin.column])).toEqual([["duplicatePortName", '"web"', 9, 10, 39]]);
  });

  it("checks a named targetPort with the port-name rules and a Service port's own name as a DNS label", () => {
    const service = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports:
    - name: web-frontend-public-endpoint
      port: 80
      targetPort: n234567890123456
    - name: Web_Port
      port: 81
    - name: web-frontend-public-endpoint
      port: 82
    - port: 83
`;
    const findings = scanFiles({ "svc.yaml": service }).findings;
    expect(findings.map((f) => [f.messageId, f.data.value ?? f.data.service, f.origin.line, f.origin.column])).toEqual([
      ["invalidPortName", '"n234567890123456"', 9, 19],
      ["invalidServicePortName", '"Web_Port"', 10, 13],
      ["duplicatePortName", '"web-frontend-public-endpoint"', 12, 13],
      ["missingServicePortName", "web", 14, 7],
    ]);
  });

  it("reports Service port values that are not ports, and an entry without port", () => {
    const service = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n    - {name: a, port: true}\n    - {name: b, targetPort: 8080}\n    - {name: c, port: 82, nodePort: http}\n";
    expect(scanFiles({ "svc.yaml": service }).findings.map((f) => [f.messageId, f.data.field, f.origin.line, f.origin.column])).toEqual([
      ["notAPort", "port", 6, 23],
      ["missingPort", "port", 7, 8],
      ["notAPort", "nodePort", 8, 37],
    ]);
  });
});
