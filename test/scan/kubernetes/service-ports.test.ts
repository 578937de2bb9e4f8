import { describe, expect, it } from "vitest";
import { carets, describeListener, scanFiles } from "../scan-fixture.js";

const WORKLOAD = `apiVersion: apps/v1
kind: Deployment
metadata: {name: db}
spec:
  template:
    metadata:
      labels: {app: db, tier: data}
    spec:
      containers:
        - name: postgres
          image: postgres:16
          ports:
            - {containerPort: 5432, name: pg}
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata: {name: db}
spec:
  type: NodePort
  selector: {app: db}
  ports:
    - name: sql
      port: 15432
      targetPort: pg
      nodePort: 30432
    - port: 9187
      targetPort: 9187
      appProtocol: http
    - port: 8080
      targetPort: "8080"
    - port: 81
      nodePort: 80
`;

describe("Kubernetes Service ports", () => {
  const { listeners, findings } = scanFiles({ "db-deployment.yaml": WORKLOAD, "db-service.yaml": SERVICE });
  const ofService = listeners.filter((l) => l.origin.file === "db-service.yaml");

  it("reads port, numeric targetPort and nodePort with roles, scopes and exact positions", () => {
    expect(ofService.map(describeListener)).toEqual([
      "db-service.yaml:9:13-18 15432/tcp service k8s:db-service.yaml#0:Service/db",
      "db-service.yaml:11:17-22 30432/tcp node-port k8s:node-ports:.",
      "db-service.yaml:12:13-17 9187/tcp service k8s:db-service.yaml#0:Service/db",
      "db-service.yaml:13:19-23 9187/tcp container",
      "db-service.yaml:15:13-17 8080/tcp service k8s:db-service.yaml#0:Service/db",
      "db-service.yaml:17:13-15 81/tcp service k8s:db-service.yaml#0:Service/db",
      "db-service.yaml:18:17-19 80/tcp node-port k8s:node-ports:.",
    ]);
  });

  it("resolves a named targetPort against the pods its selector picks in another file", () => {
    expect(ofService[0]!.identity).toEqual({ name: "db", image: "postgres:16", portName: "sql" });
    expect(ofService[2]!.identity).toEqual({ name: "db", appProtocol: "http" });
  });

  it("reports a quoted numeric targetPort (a port name without a letter) on the digits", () => {
    const quoted = findings.find((f) => f.ruleId === "valid-port" && f.messageId === "malformed")!;
    expect([quoted.origin.line, quoted.origin.column, quoted.origin.endColumn]).toEqual([16, 20, 24]);
    expect(carets(SERVICE, quoted.origin)).toBe('      targetPort: "8080"\n                   ^^^^');
  });

  it("reports a nodePort outside 30000–32767", () => {
    const range = findings.filter((f) => f.messageId === "nodePortRange");
    expect(range.map((f) => [f.origin.file, f.origin.line, f.origin.column, f.port])).toEqual([["db-service.yaml", 18, 17, 80]]);
  });

  it("does not resolve across namespaces, and an unknown port name is not an error", () => {
    const other = SERVICE.replace("metadata: {name: db}", "metadata: {name: db, namespace: other}");
    const result = scanFiles({ "db-deployment.yaml": WORKLOAD, "db-service.yaml": other });
    const first = result.listeners.find((l) => l.role === "service")!;
    expect(first.identity).toEqual({ name: "db", portName: "sql" });
    expect(result.findings.filter((f) => f.ruleId === "parse-error")).toEqual([]);
  });

  it("gives a selected container's image to the Service port when targetPort is omitted", () => {
    const service = "apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  selector: {tier: data}\n  ports: [{port: 5432}]\n";
    const result = scanFiles({ "db-deployment.yaml": WORKLOAD, "svc.yaml": service });
    const port = result.listeners.find((l) => l.role === "service")!;
    expect(port.identity.image).toBe("postgres:16");
    expect(result.listeners.filter((l) => l.origin.file === "svc.yaml")).toHaveLength(1);
  });
});
