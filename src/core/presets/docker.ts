// Docker 20.10+ everywhere (compose, images built from Dockerfiles, and Kubernetes nodes on
// containerd 2.0+, which lowers ip_unprivileged_port_start to 0 in a pod's own network namespace).
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const docker: Policy = {
  ...recommended,
  runtime: { compose: "docker", kubernetes: "containerd", actions: "docker", dockerfile: "docker" },
};
