// no-privileged-port: a bind below net.ipv4.ip_unprivileged_port_start (1024 unless lowered) by a
// process that is not root. What decides it, in order: an explicit sysctl; the host network
// (always the host's 1024); the runtime (Docker 20.10+ and containerd 2.0+ set 0 in a container's
// own namespace: moby/moby PR #41030, containerd PR #9348; CRI-O, containerd 1.x, OpenShift keep
// 1024); plain processes (code, .env) are taken to run as an ordinary user, and an .env that a
// compose service reads as its env_file as that container. A remote port (`SMTP_PORT`) is bound by
// nobody here. Adding NET_BIND_SERVICE is the author's declared intent (it works with file
// capabilities, as in the ingress-nginx image).
import type { Finding } from "../finding.js";
import type { Listener, ListenerSource } from "../listener.js";
import type { Policy } from "../policy.js";
import { KERNEL_UNPRIVILEGED_PORT_START, RUNTIMES, type Runtime } from "../runtime.js";
import { isFixedPort, listenerFinding, perListener } from "./listener-finding.js";

interface Verdict {
  start: number;
  reason: string;
}

function runtimeFor(listener: Listener, policy: Policy): Runtime {
  const source: ListenerSource = listener.privilege.runBy ?? listener.source;
  if (source === "compose" || source === "kubernetes" || source === "actions" || source === "dockerfile") return policy.runtime[source];
  return "bare";
}

function sysctlVerdict(start: number): Verdict {
  return { start, reason: `it runs as non-root with ip_unprivileged_port_start=${start}` };
}

/** The limit a process in this listener's place must respect, and why; undefined when it may bind. */
function processVerdict(listener: Listener, policy: Policy): Verdict | undefined {
  const { privilege } = listener;
  const runtime = runtimeFor(listener, policy);
  const facts = RUNTIMES[runtime];
  const nonRoot = privilege.user === "non-root" || (privilege.user === "unknown" && (facts.forcesNonRoot || runtime === "bare"));
  if (!nonRoot) return undefined;
  if (privilege.unprivilegedPortStart !== undefined) return sysctlVerdict(privilege.unprivilegedPortStart);
  if (runtime === "bare") {
    return { start: KERNEL_UNPRIVILEGED_PORT_START, reason: "nothing says this process runs as root" };
  }
  if (privilege.network === "host") {
    return { start: KERNEL_UNPRIVILEGED_PORT_START, reason: "it runs as non-root on the host network" };
  }
  if (facts.forcesNonRoot) {
    return { start: facts.ownNamespaceStart, reason: `${facts.shortLabel} runs it as a random non-root user` };
  }
  return { start: facts.ownNamespaceStart, reason: `it runs as non-root, which ${facts.shortLabel} does not allow` };
}

/** A host port published by a rootless runtime is bound by the user's own process. */
function publishVerdict(listener: Listener, policy: Policy): Verdict | undefined {
  const facts = RUNTIMES[runtimeFor(listener, policy)];
  if (!facts.rootlessPublish) return undefined;
  return {
    start: KERNEL_UNPRIVILEGED_PORT_START,
    reason: `${facts.shortLabel} publishes it as your user`,
  };
}

function verdict(listener: Listener, policy: Policy): Verdict | undefined {
  if (listener.role === "published") return publishVerdict(listener, policy);
  if (listener.role === "bind" || listener.role === "container" || listener.role === "env") return processVerdict(listener, policy);
  return undefined;
}

function suggestion(port: number): string {
  if (port === 80) return "8080";
  if (port === 443) return "8443";
  return String(port + 8000);
}

export function noPrivilegedPort(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) => {
    if (!isFixedPort(listener) || listener.port >= KERNEL_UNPRIVILEGED_PORT_START) return undefined;
    if (listener.privilege.capAdd.includes("NET_BIND_SERVICE") && listener.role !== "published") return undefined;
    const found = verdict(listener, policy);
    if (!found || listener.port >= found.start) return undefined;
    return listenerFinding("no-privileged-port", "privileged", listener, { reason: found.reason, suggestion: suggestion(listener.port) });
  });
}
