// Where pod templates live beyond the core kinds (issue 13): OpenShift DeploymentConfig, Argo
// Rollout, Knative Service, and any kind with spec.template.spec.containers or spec.jobTemplate.
import { describe, expect, it } from "vitest";
import { describeFinding, describeListener, scanFiles } from "../scan-fixture.js";

const CONTAINERS = "      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n";

describe("workload kinds", () => {
  it.each([
    ["apps.openshift.io/v1", "DeploymentConfig"],
    ["argoproj.io/v1alpha1", "Rollout"],
    ["serving.knative.dev/v1", "Service"],
    ["flink.apache.org/v1beta1", "FlinkSessionJob"],
  ])("reads the pod template of %s %s", (apiVersion, kind) => {
    const text = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: w\nspec:\n  template:\n    spec:\n${CONTAINERS}`;
    const { listeners } = scanFiles({ "w.yaml": text });
    expect(listeners.map(describeListener)).toEqual([`w.yaml:11:30-34 7001/tcp container k8s:w.yaml#0:${kind}/w`]);
  });

  it("reads a custom resource's spec.jobTemplate like a CronJob's", () => {
    const text = `apiVersion: example.com/v1\nkind: ScheduledTask\nmetadata: {name: t}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${CONTAINERS.replace(/^/gm, "    ").trimEnd()}\n`;
    expect(scanFiles({ "t.yaml": text }).listeners.map(describeListener)).toEqual(["t.yaml:12:34-38 7001/tcp container k8s:t.yaml#0:ScheduledTask/t"]);
  });

  it("does not take a core Service, or a custom resource without containers, for a workload", () => {
    const service = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  template:\n    spec:\n" + CONTAINERS;
    const config = "apiVersion: example.com/v1\nkind: Settings\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containerPort: 7001\n";
    expect(scanFiles({ "s.yaml": service, "x.yaml": config }).listeners).toEqual([]);
  });

  it("reads a Knative Service's single port and checks it like any container's", () => {
    const text = "apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/acme/hello:1\n          ports:\n            - {containerPort: 50051, name: h2c}\n";
    const { findings } = scanFiles({ "ksvc.yaml": text });
    expect(findings.map((f) => [f.ruleId, f.origin.line, f.origin.column, f.port])).toEqual([["no-dynamic-port", 10, 31, 50051]]);
  });

  it("reports each port after the first of a Knative Service, in one container or another, on its token", () => {
    const ports = "          ports:\n            - {containerPort: 8080, name: h2c}\n            - {containerPort: 9090, name: http1}\n";
    const sidecar = "        - name: sidecar\n          image: ghcr.io/acme/proxy:1\n          ports: [{containerPort: 8081}]\n";
    const text = `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/acme/hello:1\n${ports}${sidecar}`;
    const findings = scanFiles({ "ksvc.yaml": text }).findings;
    expect(findings.map(describeFinding)).toEqual(["ksvc.yaml:11:31-35 valid-port/knativeOnePort error 9090", "ksvc.yaml:14:35-39 valid-port/knativeOnePort error 8081"]);
    expect(findings[0]!.data).toMatchObject({ otherLine: 10, port: 9090 });
    const deployment = text.replace("serving.knative.dev/v1\nkind: Service", "apps/v1\nkind: Deployment");
    expect(scanFiles({ "deploy.yaml": deployment }).findings).toEqual([]);
  });

  it("reports a Knative Service's port on a queue-proxy port, and a name other than h2c or http1, on their tokens", () => {
    const text = (port: string) => `apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata: {name: hello}\nspec:\n  template:\n    spec:\n      containers:\n        - image: ghcr.io/acme/hello:1\n          ports:\n            - ${port}\n`;
    const findings = scanFiles({ "ksvc.yaml": text("{containerPort: 8012, name: grpc}") }).findings;
    expect(findings.map(describeFinding)).toEqual(["ksvc.yaml:10:31-35 valid-port/knativeReservedPort error 8012", "ksvc.yaml:10:43-47 valid-port/knativePortName error 8012"]);
    expect(findings[1]!.data.value).toBe('"grpc"');
    expect(scanFiles({ "ksvc.yaml": text("{containerPort: 8080, name: http1}") }).findings).toEqual([]);
    expect(scanFiles({ "ksvc.yaml": text("{containerPort: 8080}") }).findings).toEqual([]);
  });

  it("treats two objects of one name in a file as two pods, not one (a copy beside its original)", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: twin}\nspec:\n  containers:\n    - name: a\n      ports: [{containerPort: 8080}]\n    - name: b\n      ports: [{containerPort: 9090}]\n";
    const { findings } = scanFiles({ "twins.yaml": `${pod}---\n${pod.replace("9090", "8080").replace("name: b", "name: c")}` });
    expect(findings.map((f) => [f.ruleId, f.origin.line])).toEqual([["no-duplicate-port", 19]]);
  });
});
