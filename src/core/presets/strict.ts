// recommended, plus: the Linux ephemeral range is an error, and no-registered-port-misuse also
// counts de-facto defaults of infrastructure software on host ports (9092 Kafka, 9090 Prometheus).
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const strict: Policy = {
  ...recommended,
  ephemeral: [{ profile: "linux", severity: "error" }],
  registeredPorts: "all",
};
