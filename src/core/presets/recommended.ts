// The default policy: every rule on, the IANA dynamic range an error (no-dynamic-port) and Linux's
// ephemeral range a warning (no-ephemeral-port), compose on Docker 20.10+, Kubernetes assumed portable across runtimes, and an image
// built from a Dockerfile too (it may run on any of them). The exposure switches (host ports,
// host networking, Service types, host IPs, SSH) are all off: they are an organisation's choice.
import type { Policy } from "../policy.js";

export const recommended: Policy = {
  rules: {
    "no-dynamic-port": "error",
    "no-ephemeral-port": "warn",
    "no-privileged-port": "error",
    "no-registered-port-misuse": "error",
    "no-duplicate-port": "error",
    "no-browser-unsafe-port": "error",
    "valid-port": "error",
  },
  ephemeral: [{ profile: "linux" }],
  runtime: { compose: "docker", kubernetes: "portable", actions: "docker", dockerfile: "portable" },
  nodePortRange: { from: 30000, to: 32767 },
  registeredPorts: "well-known",
  allowlist: [],
  orgRegistry: [],
  kubernetes: { allowedHostPorts: "any", hostNetwork: "allow", forbiddenServiceTypes: [] },
  publish: { requireHostIp: false },
  ssh: "allow",
};
