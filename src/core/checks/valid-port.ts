// valid-port (the part the core can see): a port outside 0–65535 or not a whole number, and a
// NodePort outside the policy's range (kube-apiserver --service-node-port-range, default
// 30000–32767: kubernetes/kubernetes pkg/kubeapiserver/options/options.go). Malformed specs and
// unresolved variables are reported by the front ends, which see the text.
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
import { formatRange, inRange, isValidPort } from "../port-class.js";
import { lastPort, listenerFinding, perListener } from "./listener-finding.js";

export function validPort(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) => {
    const bad = !isValidPort(listener.port) ? listener.port : !isValidPort(lastPort(listener)) ? lastPort(listener) : undefined;
    if (bad !== undefined) return listenerFinding("valid-port", "outOfRange", listener, { value: bad });
    if (listener.role === "node-port" && !inRange(listener.port, policy.nodePortRange)) {
      return listenerFinding("valid-port", "nodePortRange", listener, { range: formatRange(policy.nodePortRange) });
    }
    return undefined;
  });
}
