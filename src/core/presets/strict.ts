// recommended, plus: the Linux ephemeral range is an error, and every registered or de-facto
// owner counts for no-registered-port-misuse (3000 hbci, 9092 Kafka). The exposure switches are
// on: no host ports and no host networking (what Pod Security "baseline" admits), no NodePort
// Services (kube-score service-type), compose ports bound to a named host address, no SSH.
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const strict: Policy = {
  ...recommended,
  ephemeral: [{ profile: "linux", severity: "error" }],
  registeredPorts: "all",
  kubernetes: { allowedHostPorts: [], hostNetwork: "forbid", forbiddenServiceTypes: ["NodePort"] },
  publish: { requireHostIp: true },
  ssh: "forbid",
};
