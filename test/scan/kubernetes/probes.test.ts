// Probes and lifecycle hooks against their container's declared ports (issue 13; kube-linter's
// liveness-port, readiness-port and startup-port are the anchor, with exact positions here).
import { describe, expect, it } from "vitest";
import { describeFinding, scanFiles } from "../scan-fixture.js";

function deployment(containers: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n${containers}`;
}

const DECLARED = `        - name: app
          image: ghcr.io/acme/app:1
          ports:
            - {containerPort: 8080, name: http}
            - {containerPort: 5353, name: dns, protocol: UDP}
`;

function withProbe(probe: string): string {
  return deployment(DECLARED + probe);
}

function findingsOf(text: string) {
  return scanFiles({ "deploy.yaml": text }).findings;
}

describe("probes against declared ports", () => {
  it.each([
    ["livenessProbe", "httpGet"],
    ["readinessProbe", "tcpSocket"],
    ["startupProbe", "httpGet"],
  ])("accepts a %s %s on a declared name or number", (probe, action) => {
    const text = withProbe(`          ${probe}:\n            ${action}: {port: http}\n`);
    expect(findingsOf(text)).toEqual([]);
    expect(findingsOf(withProbe(`          ${probe}:\n            ${action}: {port: 8080}\n`))).toEqual([]);
  });

  it("reports a port name the container does not declare as an error, on the name", () => {
    const text = withProbe("          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: healthcheck\n");
    const findings = findingsOf(text);
    expect(findings.map(describeFinding)).toEqual(["deploy.yaml:16:21-32 valid-port/unknownPortName error"]);
    expect(findings[0]!.data).toEqual({ user: "livenessProbe httpGet", value: '"healthcheck"', where: "container app declares" });
  });

  it("reports a TCP probe on a port declared for UDP only: an error by name, a warning by number", () => {
    const byName = findingsOf(withProbe("          readinessProbe:\n            tcpSocket: {port: dns}\n"));
    expect(byName.map(describeFinding)).toEqual(["deploy.yaml:14:31-34 valid-port/protocolMismatch error 5353"]);
    expect(byName[0]!.data).toMatchObject({ protocol: "UDP", user: "readinessProbe tcpSocket" });
    const byNumber = findingsOf(withProbe("          readinessProbe:\n            tcpSocket: {port: 5353}\n"));
    expect(byNumber.map(describeFinding)).toEqual(["deploy.yaml:14:31-35 valid-port/protocolMismatch warning 5353"]);
  });

  it("warns about a numeric port the container does not declare, and a gRPC probe likewise", () => {
    const text = withProbe("          startupProbe:\n            httpGet: {port: 9090}\n          readinessProbe:\n            grpc: {port: 9091}\n");
    expect(findingsOf(text).map(describeFinding)).toEqual([
      "deploy.yaml:14:29-33 valid-port/undeclaredPort warning 9090",
      "deploy.yaml:16:26-30 valid-port/undeclaredPort warning 9091",
    ]);
  });

  it("accepts a number a sibling container declares (probes go to the pod's IP), but not a name only a sibling declares", () => {
    const sidecar = "        - name: http-frontend\n          image: ghcr.io/acme/frontend:1\n          ports: [{containerPort: 8000, name: web}]\n";
    expect(findingsOf(deployment(`${DECLARED}          readinessProbe:\n            httpGet: {path: /healthcheck, port: 8000}\n${sidecar}`))).toEqual([]);
    const byName = findingsOf(deployment(`${DECLARED}          readinessProbe:\n            httpGet: {port: web}\n${sidecar}`));
    expect(byName.map(describeFinding)).toEqual(["deploy.yaml:14:29-32 valid-port/unknownPortName error"]);
    const nowhere = findingsOf(deployment(`${DECLARED}          readinessProbe:\n            httpGet: {port: 9000}\n${sidecar}`));
    expect(nowhere.map((f) => [f.messageId, f.data.where])).toEqual([["undeclaredPort", "the pod's containers declare"]]);
  });

  it("accepts a number the container's command line binds (kubebuilder's --health-probe-bind-address=:8081), in either flag form", () => {
    const args = (line: string) =>
      deployment(`        - name: manager\n          image: ghcr.io/acme/manager:1\n          ${line}\n          ports: [{containerPort: 9443, name: webhook-server}]\n          livenessProbe:\n            httpGet: {path: /healthz, port: 8081}\n`);
    expect(findingsOf(args('args: ["--metrics-bind-address=:8443", "--health-probe-bind-address=:8081"]'))).toEqual([]);
    expect(findingsOf(args('command: ["/manager", "--health-probe-bind-address", "0.0.0.0:8081"]'))).toEqual([]);
    expect(findingsOf(args('args: ["--port=8081"]'))).toEqual([]);
    // A number in an argument that is not a listen flag, or is where a client connects, proves nothing.
    for (const line of ['args: ["--timeout=8081", "--leader-elect"]', 'args: ["--export=8081"]', 'args: ["--db-port=8081"]', 'args: ["--upstream-address", "api:8081"]']) {
      expect(findingsOf(args(line)).map(describeFinding), line).toEqual(["deploy.yaml:13:45-49 valid-port/undeclaredPort warning 8081"]);
    }
  });

  it("says nothing about a number when the container declares no ports, but still reports a name", () => {
    const bare = "        - name: app\n          image: ghcr.io/acme/app:1\n";
    expect(findingsOf(deployment(`${bare}          livenessProbe:\n            httpGet: {port: 8080}\n`))).toEqual([]);
    const named = findingsOf(deployment(`${bare}          livenessProbe:\n            httpGet: {port: http}\n`));
    expect(named.map((f) => f.messageId)).toEqual(["unknownPortName"]);
  });

  it("checks lifecycle hooks' httpGet and tcpSocket ports the same way", () => {
    const text = withProbe("          lifecycle:\n            preStop:\n              httpGet: {port: admin}\n            postStart:\n              tcpSocket: {port: http}\n");
    const findings = findingsOf(text);
    expect(findings.map(describeFinding)).toEqual(["deploy.yaml:15:31-36 valid-port/unknownPortName error"]);
    expect(findings[0]!.data.user).toBe("preStop hook httpGet");
  });

  it("treats hooks like probes: a number not declared warns, a TCP hook on a UDP-only name is an error, a tcpSocket probe's unknown name too", () => {
    const text = withProbe(
      "          livenessProbe:\n            tcpSocket: {port: metrics}\n          lifecycle:\n            preStop:\n              httpGet: {port: 9999}\n            postStart:\n              tcpSocket: {port: dns}\n",
    );
    const findings = findingsOf(text);
    expect(findings.map(describeFinding)).toEqual([
      "deploy.yaml:14:31-38 valid-port/unknownPortName error",
      "deploy.yaml:17:31-35 valid-port/undeclaredPort warning 9999",
      "deploy.yaml:19:33-36 valid-port/protocolMismatch error 5353",
    ]);
    expect(findings.map((f) => f.data.user)).toEqual(["livenessProbe tcpSocket", "preStop hook httpGet", "postStart hook tcpSocket"]);
  });

  it("reports probe ports that are not ports: a name where gRPC needs a number, 0, a bad name, a quoted number", () => {
    const text = withProbe(
      '          livenessProbe:\n            grpc: {port: http}\n          readinessProbe:\n            httpGet: {port: 0}\n          startupProbe:\n            tcpSocket: {port: Web_Port}\n          lifecycle:\n            preStop:\n              httpGet: {port: "8080"}\n',
    );
    expect(findingsOf(text).map((f) => [f.messageId, f.data.field, f.origin.line])).toEqual([
      ["notAPort", "livenessProbe.grpc.port", 14],
      ["notAPort", "readinessProbe.httpGet.port", 16],
      ["invalidPortName", "The startupProbe.tcpSocket.port", 18],
      ["invalidPortName", "The lifecycle.preStop.httpGet.port", 21],
    ]);
  });

  it("leaves a templated probe port alone", () => {
    expect(findingsOf(withProbe('          livenessProbe:\n            httpGet: {port: "{{ .Values.port }}"}\n'))).toEqual([]);
  });
});
