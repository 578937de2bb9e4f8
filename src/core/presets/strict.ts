// recommended, plus: the Linux ephemeral range is an error (no-ephemeral-port), and no-registered-port-misuse also
// counts de-facto defaults of infrastructure software on host ports (9092 Kafka, 9090 Prometheus).
// The exposure switches are on: no host ports and no host networking (what Pod Security
// "baseline" admits), no NodePort Services (kube-score service-type), compose ports bound to a
// named host address, no SSH.
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const strict: Policy = {
  ...recommended,
  rules: { ...recommended.rules, "no-ephemeral-port": "error" },
  registeredPorts: "all",
  kubernetes: { allowedHostPorts: [], hostNetwork: "forbid", forbiddenServiceTypes: ["NodePort"] },
  publish: { requireHostIp: true },
  ssh: "forbid",
};
