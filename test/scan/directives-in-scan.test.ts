// Inline `# port-policy-disable…` comments as the scanner applies them, file by file, after the
// checks and the front ends: a used directive hides its finding, an unused one is reported.
import { describe, expect, it } from "vitest";
import { scanFiles } from "./scan-fixture.js";

const POD = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
    - name: app
      ports:
        # port-policy-disable-next-line no-dynamic-port -- test harness picks this port
        - containerPort: 50000
        - containerPort: 50001
        - containerPort: 8080 # port-policy-disable-line no-dynamic-port
`;

describe("inline directives in scanned files", () => {
  it("suppresses the next line's finding, keeps the others, reports the unused directive", () => {
    const { findings } = scanFiles({ "pod.yaml": POD });
    expect(findings.map((f) => [f.ruleId, f.origin.line, f.port ?? null])).toEqual([
      ["no-dynamic-port", 10, 50001],
      ["unused-disable-directive", 11, null],
    ]);
  });

  it("never suppresses a parse-error", () => {
    const { findings } = scanFiles({ "bad.yaml": "# port-policy-disable\napiVersion: v1\nkind: [\n" });
    expect(findings.map((f) => f.ruleId)).toEqual(["parse-error"]);
  });
});
