// Host ports across workloads (issue 9 §3). Pods of two Deployments that want the same hostPort
// are placed on different nodes by the scheduler (its NodePorts filter), so they never collide and
// are not compared. A DaemonSet runs a pod on every node, so another workload that wants one of
// its host ports (or a hostNetwork pod's port) has no node left to run on, or keeps the
// DaemonSet's pod Pending there: a warning, since node selectors may keep them apart. Only
// workloads of one directory (one `kubectl apply -f`) are compared, so that manifests for
// different clusters (overlays/dev, overlays/prod) are not.
import type { Finding } from "../../core/finding.js";
import type { Listener } from "../../core/listener.js";
import { listenerFinding } from "../../core/checks/listener-finding.js";

/** One workload's ports on its node, as the end of the scan compares them. */
export interface NodePortClaim {
  /** The workload's name (a DaemonSet's, as the message names it). */
  name: string;
  directory: string;
  everyNode: boolean;
  listeners: readonly Listener[];
}

const ANY_ADDRESS = new Set(["", "0.0.0.0", "::"]);

function sameAddress(a: Listener, b: Listener): boolean {
  const left = a.hostIp ?? "";
  const right = b.hostIp ?? "";
  return ANY_ADDRESS.has(left) || ANY_ADDRESS.has(right) || left === right;
}

function keyOf(directory: string, listener: Listener, port: number): string {
  return `${directory}\u0000${listener.protocol}\u0000${port}`;
}

/** Each claim's ports against the DaemonSets' (indexed by directory, protocol and port): linear in ports. */
export function daemonSetConflicts(claims: readonly NodePortClaim[]): Finding[] {
  const everyNode = new Map<string, { claim: NodePortClaim; listener: Listener; order: number }[]>();
  claims.forEach((claim, order) => {
    if (!claim.everyNode) return;
    for (const listener of claim.listeners) {
      const key = keyOf(claim.directory, listener, listener.port);
      const list = everyNode.get(key);
      if (list) list.push({ claim, listener, order });
      else everyNode.set(key, [{ claim, listener, order }]);
    }
  });
  const findings: Finding[] = [];
  claims.forEach((claim, order) => {
    for (const listener of claim.listeners) {
      // Against an earlier DaemonSet, or any DaemonSet when this claim is not one (reported once, on the other workload).
      const other = everyNode
        .get(keyOf(claim.directory, listener, listener.port))
        ?.find((entry) => entry.claim !== claim && (!claim.everyNode || entry.order < order) && sameAddress(entry.listener, listener));
      if (!other) continue;
      const { origin } = other.listener;
      const data = { protocol: listener.protocol, other: other.claim.name, otherFile: origin.file, otherLine: origin.line };
      findings.push(listenerFinding("no-duplicate-port", "daemonSetHostPort", listener, data, "warning"));
    }
  });
  return findings;
}
