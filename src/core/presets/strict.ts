// recommended, plus: the Linux ephemeral range is an error, and every registered or de-facto
// owner counts for no-registered-port-misuse (3000 hbci, 9092 Kafka).
import type { Policy } from "../policy.js";
import { recommended } from "./recommended.js";

export const strict: Policy = {
  ...recommended,
  ephemeral: [{ profile: "linux", severity: "error" }],
  registeredPorts: "all",
};
