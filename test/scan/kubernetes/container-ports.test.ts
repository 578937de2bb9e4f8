import { describe, expect, it } from "vitest";
import { carets, describeListener, scanFiles } from "../scan-fixture.js";

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    metadata:
      labels: {app: web}
    spec:
      initContainers:
        - name: migrate
          image: migrate/migrate
          ports:
            - containerPort: 9000
        - name: proxy
          image: envoyproxy/envoy:v1.31
          restartPolicy: Always
          ports:
            - containerPort: 9901
              name: admin
      containers:
        - name: app
          image: ghcr.io/acme/web:1.2
          ports:
            - containerPort: 8080
              name: http
            - containerPort: 5353
              hostPort: 15353
              protocol: UDP
`;

describe("Kubernetes container ports", () => {
  it("reads containers, init containers and sidecars with exact positions, roles and scopes", () => {
    const { listeners } = scanFiles({ "deploy.yaml": DEPLOYMENT });
    expect(listeners.map(describeListener)).toEqual([
      "deploy.yaml:25:30-34 8080/tcp container k8s:deploy.yaml#0:Deployment/web",
      "deploy.yaml:27:30-34 5353/udp container k8s:deploy.yaml#0:Deployment/web",
      "deploy.yaml:28:25-30 15353/udp published k8s:deploy.yaml#0:Deployment/web#host",
      "deploy.yaml:14:30-34 9000/tcp container k8s:deploy.yaml#0:Deployment/web/init:migrate",
      "deploy.yaml:19:30-34 9901/tcp container k8s:deploy.yaml#0:Deployment/web",
    ]);
    const sidecar = listeners.find((l) => l.port === 9901)!;
    expect(sidecar.identity).toEqual({ name: "proxy", image: "envoyproxy/envoy:v1.31", portName: "admin" });
    expect(carets(DEPLOYMENT, sidecar.origin)).toBe("            - containerPort: 9901\n                             ^^^^");
    expect(listeners.every((l) => l.source === "kubernetes")).toBe(true);
  });

  it.each([
    ["Pod", "spec:\n  containers:\n    - name: c\n      ports:\n        - containerPort: 7001\n", 9],
    ["ReplicaSet", "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n", 11],
    ["ReplicationController", "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n", 11],
    ["StatefulSet", "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n", 11],
    ["DaemonSet", "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n", 11],
    ["Job", "spec:\n  template:\n    spec:\n      containers:\n        - name: c\n          ports:\n            - containerPort: 7001\n", 11],
    [
      "CronJob",
      "spec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: c\n              ports:\n                - containerPort: 7001\n",
      13,
    ],
    ["PodTemplate", "template:\n  spec:\n    containers:\n      - name: c\n        ports:\n          - containerPort: 7001\n", 10],
  ])("finds the pod spec of a %s", (kind, body, line) => {
    const text = `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: w\n${body}`;
    const { listeners } = scanFiles({ "w.yaml": text });
    expect(listeners).toHaveLength(1);
    expect(listeners[0]!.origin.line).toBe(line);
    expect(carets(text, listeners[0]!.origin).split("\n")[1]!.trim()).toBe("^^^^");
    expect(listeners[0]!.scope).toBe(`k8s:w.yaml#0:${kind}/w`);
  });

  it("reads every document of a multi-document file and the items of kind: List", () => {
    const text = [
      "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers: [{name: a, ports: [{containerPort: 7001}]}]",
      "apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: b}\n    spec:\n      containers: [{name: b, ports: [{containerPort: 7002}]}]",
    ].join("\n---\n");
    const { listeners } = scanFiles({ "all.yaml": text });
    expect(listeners.map(describeListener)).toEqual([
      "all.yaml:5:50-54 7001/tcp container k8s:all.yaml#0:Pod/a",
      "all.yaml:14:54-58 7002/tcp container k8s:all.yaml#1.0:Pod/b",
    ]);
  });

  it("treats a hostNetwork pod's container ports as node ports, once", () => {
    const text = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: agent
          ports:
            - containerPort: 9100
              hostPort: 9100
`;
    const { listeners } = scanFiles({ "agent.yaml": text });
    expect(listeners.map(describeListener)).toEqual(["agent.yaml:11:30-34 9100/tcp container k8s:agent.yaml#0:DaemonSet/agent"]);
    expect(listeners[0]!.privilege.network).toBe("host");
  });

  it("reports two containers of one pod on the same port and protocol as duplicates", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: twins}
spec:
  containers:
    - name: one
      ports: [{containerPort: 8080}]
    - name: two
      ports: [{containerPort: 8080}, {containerPort: 8080, protocol: UDP}]
`;
    const { findings } = scanFiles({ "twins.yaml": text });
    const duplicates = findings.filter((f) => f.ruleId === "no-duplicate-port");
    expect(duplicates.map((f) => [f.origin.line, f.origin.column, f.port, f.protocol])).toEqual([[9, 31, 8080, "tcp"]]);
    expect(duplicates[0]!.data).toMatchObject({ other: "one", otherLine: 7, scope: "pod" });
  });

  it("leaves templated and non-numeric values unknown, and reports numbers out of range", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: helm}
spec:
  containers:
    - name: c
      ports:
        - containerPort: {{ .Values.port }}
        - containerPort: "{{ .Values.other }}"
        - containerPort: 70000
`;
    const { listeners, findings } = scanFiles({ "helm.yaml": text });
    expect(listeners.map((l) => l.port)).toEqual([70000]);
    expect(findings.map((f) => [f.ruleId, f.messageId, f.origin.line, f.origin.column, f.origin.endColumn])).toEqual([
      ["valid-port", "outOfRange", 10, 26, 31],
    ]);
  });
});
