// Host ports and their scope (issue 9 §3): one pod's, not the whole scan's. The scheduler spreads
// pods that want the same hostPort over nodes; a DaemonSet runs on every node, so sharing one of
// its host ports is a warning; NodePorts are allocated once per cluster, one directory at a time.
import { describe, expect, it } from "vitest";
import { describeFinding, scanFiles } from "../scan-fixture.js";

function workload(kind: string, name: string, ports: string, extra = ""): string {
  return `apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: ${name}}\nspec:\n  template:\n    spec:\n${extra}      containers:\n        - name: ${name}\n          image: ghcr.io/acme/${name}:1\n          ports:\n${ports}`;
}

const HOST_9000 = "            - {containerPort: 9000, hostPort: 9000}\n";

describe("hostPort scope", () => {
  it("does not compare the host ports of two Deployments, in one file or two", () => {
    const a = workload("Deployment", "a", HOST_9000);
    const b = workload("Deployment", "b", HOST_9000);
    expect(scanFiles({ "a.yaml": a, "b.yaml": b }).findings).toEqual([]);
    expect(scanFiles({ "ab.yaml": `${a}---\n${b}` }).findings).toEqual([]);
  });

  it("reports one hostPort twice in one pod as a duplicate", () => {
    const pod = workload("Deployment", "a", "            - {containerPort: 9000, hostPort: 9000}\n            - {containerPort: 9001, hostPort: 9000}\n");
    expect(scanFiles({ "a.yaml": pod }).findings.map(describeFinding)).toEqual(["a.yaml:12:47-51 no-duplicate-port/duplicate error 9000"]);
  });

  it("warns when a workload wants a host port of a DaemonSet in the same directory, on the workload's token", () => {
    const agent = workload("DaemonSet", "agent", HOST_9000);
    const web = workload("Deployment", "web", HOST_9000);
    const findings = scanFiles({ "deploy/web.yaml": web, "deploy/agent.yaml": agent }).findings;
    expect(findings.map(describeFinding)).toEqual(["deploy/web.yaml:11:47-51 no-duplicate-port/daemonSetHostPort warning 9000"]);
    expect(findings[0]!.data).toMatchObject({ other: "agent", otherFile: "deploy/agent.yaml", otherLine: 11, protocol: "tcp" });
  });

  it("counts a hostNetwork pod's container ports as host ports, and warns once for two DaemonSets", () => {
    const exporter = workload("DaemonSet", "exporter", "            - {containerPort: 9100}\n", "      hostNetwork: true\n");
    const other = workload("DaemonSet", "other", "            - {containerPort: 9101, hostPort: 9100}\n");
    const findings = scanFiles({ "k8s/all.yaml": `${exporter}---\n${other}` }).findings;
    expect(findings.map(describeFinding)).toEqual(["k8s/all.yaml:24:47-51 no-duplicate-port/daemonSetHostPort warning 9100"]);
  });

  it("does not compare across directories, protocols or distinct host addresses", () => {
    const agent = workload("DaemonSet", "agent", "            - {containerPort: 9000, hostPort: 9000, hostIP: 10.0.0.1}\n");
    const udp = workload("Deployment", "udp", "            - {containerPort: 9000, hostPort: 9000, protocol: UDP}\n");
    const other = workload("Deployment", "other", "            - {containerPort: 9000, hostPort: 9000, hostIP: 10.0.0.2}\n");
    const elsewhere = workload("Deployment", "elsewhere", HOST_9000);
    expect(scanFiles({ "prod/agent.yaml": agent, "prod/udp.yaml": udp, "prod/other.yaml": other, "dev/elsewhere.yaml": elsewhere }).findings).toEqual([]);
  });
});

describe("NodePort scope", () => {
  const service = (name: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec:\n  type: NodePort\n  ports:\n    - {port: 80, nodePort: 30080}\n`;

  it("reports one nodePort in two Services of one directory, not of two", () => {
    expect(scanFiles({ "k8s/a.yaml": service("a"), "k8s/b.yaml": service("b") }).findings.map(describeFinding)).toEqual(["k8s/b.yaml:7:28-33 no-duplicate-port/duplicate error 30080"]);
    expect(scanFiles({ "dev/a.yaml": service("a"), "prod/a.yaml": service("a") }).findings).toEqual([]);
  });
});
