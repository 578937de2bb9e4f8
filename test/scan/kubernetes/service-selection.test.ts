// A Service's selector resolved against the workloads of the whole scan (issue 13; kube-linter's
// dangling-service is the anchor): a named targetPort no selected pod declares is an error, a
// number a warning, and a Service that selects nothing in the scan says nothing.
import { describe, expect, it } from "vitest";
import { describeFinding, scanFiles } from "../scan-fixture.js";

const API = `apiVersion: apps/v1
kind: Deployment
metadata: {name: api, namespace: shop}
spec:
  template:
    metadata:
      labels: {app: api, tier: backend}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2
          ports:
            - {containerPort: 8080, name: http}
            - {containerPort: 9090, name: metrics}
            - {containerPort: 5353, name: dns, protocol: UDP}
`;

function service(ports: string, selector = "{app: api}", namespace = "shop"): string {
  return `apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: ${namespace}}\nspec:\n  selector: ${selector}\n  ports:\n${ports}`;
}

function findingsOf(svc: string) {
  return scanFiles({ "deploy/api.yaml": API, "deploy/svc.yaml": svc }).findings;
}

describe("Service targetPort against the pods it selects", () => {
  it("accepts names and numbers the selected pods declare, with the Service port's protocol", () => {
    const svc = service("    - {name: web, port: 80, targetPort: http}\n    - {name: metrics, port: 9090}\n    - {name: dns, port: 53, targetPort: dns, protocol: UDP}\n");
    expect(findingsOf(svc)).toEqual([]);
  });

  it("reports a named targetPort no selected pod declares, on the name, naming the workload", () => {
    const findings = findingsOf(service("    - name: web\n      port: 80\n      targetPort: https\n"));
    expect(findings.map(describeFinding)).toEqual(["deploy/svc.yaml:9:19-24 valid-port/unknownPortName error"]);
    expect(findings[0]!.data).toEqual({ user: "targetPort of Service api", value: '"https"', where: "Deployment api declares" });
  });

  it("reports a name declared for another protocol than the Service port's", () => {
    const findings = findingsOf(service("    - {name: dns, port: 53, targetPort: dns}\n"));
    expect(findings.map((f) => f.messageId)).toEqual(["unknownPortName"]);
  });

  it("warns about a numeric targetPort, or a port without targetPort, that no selected pod declares", () => {
    const findings = findingsOf(service("    - {name: web, port: 80, targetPort: 8081}\n    - {name: admin, port: 9091}\n"));
    expect(findings.map(describeFinding)).toEqual([
      "deploy/svc.yaml:7:41-45 valid-port/undeclaredPort warning 8081",
      "deploy/svc.yaml:8:27-31 valid-port/undeclaredPort warning 9091",
    ]);
  });

  it("accepts a number the selected pods' command line binds (a controller's --metrics-bind-address=:8443)", () => {
    const withArgs = API.replace("          image: ghcr.io/acme/api:2\n", '          image: ghcr.io/acme/api:2\n          args: ["--metrics-bind-address=:8443"]\n');
    const svc = service("    - {name: metrics, port: 8443, targetPort: 8443}\n    - {name: https, port: 8444}\n");
    const findings = scanFiles({ "deploy/api.yaml": withArgs, "deploy/svc.yaml": svc }).findings;
    expect(findings.map(describeFinding)).toEqual(["deploy/svc.yaml:8:27-31 valid-port/undeclaredPort warning 8444"]);
  });

  it("reports a port entry once when port and targetPort, on lines of their own, have the same problem", () => {
    const svc = "apiVersion: v1\nkind: Service\nmetadata: {name: pg-ilb}\nspec:\n  selector: {role: primary}\n  ports:\n  - name: http\n    port: 5432\n    protocol: TCP\n    targetPort: 5432\n";
    expect(scanFiles({ "svc.yaml": svc }).findings.map(describeFinding)).toEqual(["svc.yaml:8:11-15 no-registered-port-misuse/registered error 5432"]);
  });

  it("says nothing when the Service selects no workload of the scan, or none in its namespace", () => {
    expect(findingsOf(service("    - {name: web, port: 80, targetPort: https}\n", "{app: elsewhere}"))).toEqual([]);
    expect(findingsOf(service("    - {name: web, port: 80, targetPort: https}\n", "{app: api}", "other"))).toEqual([]);
    expect(findingsOf(service("    - {name: web, port: 80, targetPort: https}\n", "{}"))).toEqual([]);
  });

  it("requires every selector label, and counts a name declared by any selected workload", () => {
    const worker = API.replace("name: api, namespace", "name: worker, namespace").replace("{app: api, tier: backend}", "{app: worker, tier: backend}").replace("name: http}", "name: https}");
    const svc = service("    - {name: web, port: 443, targetPort: https}\n", "{tier: backend}");
    expect(scanFiles({ "a.yaml": API, "b.yaml": worker, "svc.yaml": svc }).findings).toEqual([]);
    const both = service("    - {name: web, port: 443, targetPort: https}\n", "{tier: backend, app: api}");
    expect(scanFiles({ "a.yaml": API, "b.yaml": worker, "svc.yaml": both }).findings.map((f) => f.messageId)).toEqual(["unknownPortName"]);
  });

  it("finds the pods of every workload kind, an Argo Rollout's too", () => {
    const rollout = API.replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: argoproj.io/v1alpha1\nkind: Rollout");
    const findings = scanFiles({ "rollout.yaml": rollout, "svc.yaml": service("    - {name: web, port: 80, targetPort: https}\n") }).findings;
    expect(findings.map((f) => [f.messageId, f.data.where])).toEqual([["unknownPortName", "Rollout api declares"]]);
  });
});
