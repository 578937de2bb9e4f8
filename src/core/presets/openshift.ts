// OpenShift's restricted-v2 SCC runs every container as a random non-root UID with all
// capabilities dropped, and CRI-O keeps ip_unprivileged_port_start at 1024; the SCC also rejects
// host ports and host networking (allowHostPorts: false, allowHostNetwork: false), so those are
// reported where they are written rather than when the pod is refused.
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const openshift: Policy = {
  ...recommended,
  runtime: { ...recommended.runtime, kubernetes: "openshift", dockerfile: "openshift" },
  kubernetes: { ...recommended.kubernetes, allowedHostPorts: [], hostNetwork: "forbid" },
};
