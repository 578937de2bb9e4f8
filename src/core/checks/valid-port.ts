// valid-port (the part the core can see): a port outside 0–65535 or not a whole number, a
// NodePort outside the policy's range (kube-apiserver --service-node-port-range, default
// 30000–32767: kubernetes/kubernetes pkg/kubeapiserver/options/options.go), and, with `ssh:
// forbid`, a TCP listener whose port or range includes 22 (kube-linter ssh-port, Checkov
// CKV_DOCKER_1, Trivy DS004; unlike them, ranges such as `EXPOSE 20-25` count too). Malformed
// specs, unresolved variables and the other exposure switches are reported by the front ends,
// which see the text.
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
import { formatRange, inRange, isValidPort } from "../port-class.js";
import { lastPort, listenerFinding, perListener } from "./listener-finding.js";

const SSH_PORT = 22;

function isSshListener(listener: Listener): boolean {
  return listener.protocol === "tcp" && listener.port <= SSH_PORT && SSH_PORT <= lastPort(listener);
}

export function validPort(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) => {
    const bad = !isValidPort(listener.port) ? listener.port : !isValidPort(lastPort(listener)) ? lastPort(listener) : undefined;
    if (bad !== undefined) return listenerFinding("valid-port", "outOfRange", listener, { value: bad });
    if (listener.role === "node-port" && !inRange(listener.port, policy.nodePortRange)) {
      return listenerFinding("valid-port", "nodePortRange", listener, { range: formatRange(policy.nodePortRange) });
    }
    if (policy.ssh === "forbid" && isSshListener(listener)) return listenerFinding("valid-port", "sshForbidden", listener, {});
    return undefined;
  });
}
