// The Kubernetes exposure switches (policy.kubernetes) and ssh: off by default, on where a policy
// or preset turns them on, each a valid-port finding on the token that opens the port.
import { describe, expect, it } from "vitest";
import type { Policy } from "../../../src/core/policy.js";
import { PRESETS } from "../../../src/core/presets/index.js";
import { carets, describeFinding, scanFiles } from "../scan-fixture.js";

const recommended = PRESETS.recommended!;

const DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: exporter}
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: exporter
          image: quay.io/prometheus/node-exporter:v1.8.0
          ports:
            - {containerPort: 9100, hostPort: 9100, name: metrics}
            - {containerPort: 22, name: ssh}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  type: LoadBalancer
  ports:
    - {name: http, port: 80}
`;

function scan(policy: Policy) {
  return scanFiles({ "ds.yaml": DAEMONSET, "svc.yaml": SERVICE }, { policy }).findings;
}

describe("Kubernetes exposure switches", () => {
  it("are all off in recommended", () => {
    expect(scan(recommended)).toEqual([]);
  });

  it("reports hostNetwork: true on its value, and host ports outside the allowed list on theirs", () => {
    const policy: Policy = { ...recommended, kubernetes: { allowedHostPorts: [{ from: 80, to: 80 }], hostNetwork: "forbid", forbiddenServiceTypes: [] } };
    const findings = scan(policy);
    expect(findings.map(describeFinding)).toEqual(["ds.yaml:7:20-24 valid-port/hostNetworkForbidden error", "ds.yaml:12:47-51 valid-port/hostPortForbidden error 9100"]);
    expect(findings[1]!.data.allowed).toBe("only host ports 80");
    expect(carets(DAEMONSET, findings[0]!.origin)).toBe("      hostNetwork: true\n                   ^^^^");
  });

  it("allows host ports in the list, and never reports hostPort 0 (not set)", () => {
    const policy: Policy = { ...recommended, kubernetes: { ...recommended.kubernetes, allowedHostPorts: [{ from: 9100, to: 9110 }] } };
    expect(scan(policy)).toEqual([]);
    const zero = DAEMONSET.replace("hostPort: 9100", "hostPort: 0");
    expect(scanFiles({ "ds.yaml": zero }, { policy: { ...recommended, kubernetes: { ...recommended.kubernetes, allowedHostPorts: [] } } }).findings).toEqual([]);
  });

  it("reports a forbidden Service type on the type's value", () => {
    const policy: Policy = { ...recommended, kubernetes: { ...recommended.kubernetes, forbiddenServiceTypes: ["NodePort", "LoadBalancer"] } };
    const findings = scan(policy);
    expect(findings.map(describeFinding)).toEqual(["svc.yaml:5:9-21 valid-port/serviceTypeForbidden error"]);
    expect(findings[0]!.data).toMatchObject({ type: "LoadBalancer", range: "30000–32767" });
  });

  it("reports listeners on 22/tcp with ssh: forbid, in every front end", () => {
    const findings = scanFiles({ "ds.yaml": DAEMONSET }, { policy: { ...recommended, ssh: "forbid" } }).findings;
    expect(findings.map(describeFinding)).toEqual(["ds.yaml:13:31-33 valid-port/sshForbidden error 22"]);
  });

  it("turns host ports, host networking and NodePort Services off in strict, the first two in openshift, none in kubernetes or docker", () => {
    const nodePort = SERVICE.replace("LoadBalancer", "NodePort");
    const ids = (policy: Policy) => scanFiles({ "ds.yaml": DAEMONSET, "svc.yaml": nodePort }, { policy }).findings.filter((f) => f.ruleId === "valid-port").map((f) => f.messageId);
    expect(ids(PRESETS.strict!)).toEqual(["hostNetworkForbidden", "hostPortForbidden", "sshForbidden", "serviceTypeForbidden"]);
    expect(ids(PRESETS.openshift!)).toEqual(["hostNetworkForbidden", "hostPortForbidden"]);
    expect(ids(PRESETS.kubernetes!)).toEqual([]);
    expect(ids(PRESETS.docker!)).toEqual([]);
  });
});
