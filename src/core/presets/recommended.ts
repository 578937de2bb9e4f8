// The default policy: every rule on, the IANA dynamic range an error and Linux's ephemeral range a
// warning, compose on Docker 20.10+, Kubernetes assumed portable across runtimes.
import type { Policy } from "../policy.js";

export const recommended: Policy = {
  rules: {
    "no-dynamic-port": "error",
    "no-privileged-port": "error",
    "no-registered-port-misuse": "error",
    "no-duplicate-port": "error",
    "no-browser-unsafe-port": "error",
    "valid-port": "error",
  },
  ephemeral: [{ profile: "linux", severity: "warn" }],
  runtime: { compose: "docker", kubernetes: "portable", actions: "docker" },
  nodePortRange: { from: 30000, to: 32767 },
  registeredPorts: "well-known",
  allowlist: [],
  orgRegistry: [],
};
