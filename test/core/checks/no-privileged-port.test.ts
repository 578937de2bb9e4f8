import { describe, expect, it } from "vitest";
import { noPrivilegedPort } from "../../../src/core/checks/no-privileged-port.js";
import { PRESETS } from "../../../src/core/presets/index.js";
import { recommended } from "../../../src/core/presets/recommended.js";
import type { Listener, Privilege } from "../../../src/core/listener.js";
import { makeListener } from "../make-listener.js";

const nonRoot: Privilege = { user: "non-root", capAdd: [], network: "own" };

function container(port: number, source: Listener["source"], privilege: Partial<Privilege> = {}): Listener {
  return makeListener({ port, role: "container", source, privilege: { ...nonRoot, ...privilege } });
}

describe("no-privileged-port", () => {
  it("flags code that binds 80 as an ordinary user and suggests 8080", () => {
    const [finding] = noPrivilegedPort([makeListener({ port: 80 })], recommended);
    expect(finding).toMatchObject({ ruleId: "no-privileged-port", messageId: "privileged", port: 80 });
    expect(finding!.data).toMatchObject({ subject: "Port 80", class: "system range 0–1023", reason: "nothing says this process runs as root", suggestion: "8080" });
  });

  it("treats 1024 as unprivileged and 1023 as privileged; never flags port 0", () => {
    const ports = noPrivilegedPort([0, 1023, 1024].map((port) => makeListener({ port })), recommended).map((f) => f.port);
    expect(ports).toEqual([1023]);
  });

  it("lets a non-root container bind 80 under Docker 20.10+ (compose default)", () => {
    expect(noPrivilegedPort([container(80, "compose")], recommended)).toEqual([]);
  });

  it("flags a non-root container on 80 under a portable Kubernetes runtime, naming the runtime", () => {
    const [finding] = noPrivilegedPort([container(80, "kubernetes")], recommended);
    expect(finding!.data["reason"]).toBe("it runs as non-root, which CRI-O or containerd 1.x does not allow");
    expect(noPrivilegedPort([container(80, "kubernetes")], PRESETS.docker!)).toEqual([]);
  });

  it("lets an explicit ip_unprivileged_port_start sysctl decide over the runtime", () => {
    expect(noPrivilegedPort([container(80, "kubernetes", { unprivilegedPortStart: 0 })], recommended)).toEqual([]);
    const [finding] = noPrivilegedPort([container(443, "compose", { unprivilegedPortStart: 500 })], recommended);
    expect(finding!.data["reason"]).toBe("it runs as non-root with ip_unprivileged_port_start=500");
  });

  it("applies the host's 1024 on the host network even under Docker", () => {
    const [finding] = noPrivilegedPort([container(80, "compose", { network: "host" })], recommended);
    expect(finding!.data["reason"]).toBe("it runs as non-root on the host network");
  });

  it("takes NET_BIND_SERVICE as the author's declared intent", () => {
    expect(noPrivilegedPort([container(80, "kubernetes", { capAdd: ["NET_BIND_SERVICE"] })], recommended)).toEqual([]);
  });

  it("does not guess when the user is unknown or root, except on OpenShift", () => {
    expect(noPrivilegedPort([container(80, "kubernetes", { user: "unknown" }), container(80, "kubernetes", { user: "root" })], recommended)).toEqual([]);
    const [finding] = noPrivilegedPort([container(80, "kubernetes", { user: "unknown" })], PRESETS.openshift!);
    expect(finding!.data["reason"]).toBe("OpenShift runs it as a random non-root user");
  });

  it("flags host ports below 1024 only for rootless runtimes, and never Service ports", () => {
    const published = makeListener({ port: 80, role: "published", source: "compose", privilege: { ...nonRoot, user: "unknown" } });
    expect(noPrivilegedPort([published], recommended)).toEqual([]);
    const rootless = { ...recommended, runtime: { ...recommended.runtime, compose: "podman-rootless" as const } };
    expect(noPrivilegedPort([published], rootless)[0]!.data["reason"]).toBe("rootless Podman publishes it as your user");
    expect(noPrivilegedPort([makeListener({ port: 80, role: "service", source: "kubernetes" })], recommended)).toEqual([]);
  });
});
