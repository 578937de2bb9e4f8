// Kubernetes without knowing the node runtime: CRI-O and containerd 1.x keep
// ip_unprivileged_port_start at 1024, so a non-root container must not bind below it.
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const kubernetes: Policy = {
  ...recommended,
  runtime: { ...recommended.runtime, kubernetes: "portable" },
};
