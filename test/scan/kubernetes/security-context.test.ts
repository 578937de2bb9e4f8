import { describe, expect, it } from "vitest";
import { PRESETS } from "../../../src/core/presets/index.js";
import { scanFiles } from "../scan-fixture.js";

function pod(podContext: string, containerContext: string, extra = ""): string {
  return `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
${extra}  securityContext: ${podContext}
  containers:
    - name: web
      image: nginx:1.27
      securityContext: ${containerContext}
      ports:
        - containerPort: 80
`;
}

describe("Kubernetes securityContext", () => {
  it.each([
    ["{runAsUser: 1000}", "{runAsUser: 0}", "root"],
    ["{runAsUser: 0}", "{runAsUser: 1000}", "non-root"],
    ["{runAsNonRoot: true}", "{}", "non-root"],
    ["{runAsUser: 0}", "{runAsNonRoot: true}", "root"],
    ["{}", "{}", "unknown"],
    ["{runAsUser: 1000}", "{runAsUser: null}", "non-root"],
  ])("pod %s + container %s → %s (merged field by field)", (podContext, containerContext, user) => {
    const { listeners } = scanFiles({ "p.yaml": pod(podContext, containerContext) });
    expect(listeners[0]!.privilege.user).toBe(user);
  });

  it("reads container capabilities (CAP_ prefix dropped) and the pod's unprivileged-port sysctl", () => {
    const text = pod(
      `\n    runAsUser: 101\n    sysctls:\n      - {name: net.ipv4.ip_unprivileged_port_start, value: "0"}`,
      "{capabilities: {add: [cap_net_bind_service, SYS_TIME]}}",
    );
    const { listeners, findings } = scanFiles({ "p.yaml": text });
    expect(listeners[0]!.privilege).toEqual({ user: "non-root", capAdd: ["NET_BIND_SERVICE", "SYS_TIME"], network: "own", unprivilegedPortStart: 0 });
    expect(findings.filter((f) => f.ruleId === "no-privileged-port")).toEqual([]);
  });

  it("flags a non-root container binding 80 under the portable Kubernetes assumption, not under containerd 2.0", () => {
    const text = pod("{runAsNonRoot: true}", "{}");
    const portable = scanFiles({ "p.yaml": text }).findings.filter((f) => f.ruleId === "no-privileged-port");
    expect(portable.map((f) => [f.origin.line, f.origin.column, f.port])).toEqual([[11, 26, 80]]);
    const docker = scanFiles({ "p.yaml": text }, { policy: PRESETS.docker! }).findings.filter((f) => f.ruleId === "no-privileged-port");
    expect(docker).toEqual([]);
  });

  it("ignores the sysctl on the host network, where Kubernetes refuses net.* sysctls", () => {
    const text = pod(
      `\n    runAsUser: 101\n    sysctls: [{name: net.ipv4.ip_unprivileged_port_start, value: "0"}]`,
      "{}",
      "  hostNetwork: true\n",
    );
    const { listeners, findings } = scanFiles({ "p.yaml": text });
    expect(listeners[0]!.privilege).toEqual({ user: "non-root", capAdd: [], network: "host" });
    expect(findings.filter((f) => f.ruleId === "no-privileged-port").map((f) => f.origin.line)).toEqual([14]);
  });
});
