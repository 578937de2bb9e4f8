export const recommended = {
    rules: {
        "no-dynamic-port": "error",
        "no-privileged-port": "error",
        "no-registered-port-misuse": "error",
        "no-duplicate-port": "error",
        "no-browser-unsafe-port": "error",
        "valid-port": "error",
    },
    ephemeral: [{ profile: "linux", severity: "warn" }],
    runtime: { compose: "docker", kubernetes: "portable", actions: "docker", dockerfile: "portable" },
    nodePortRange: { from: 30000, to: 32767 },
    registeredPorts: "well-known",
    allowlist: [],
    orgRegistry: [],
    kubernetes: { allowedHostPorts: "any", hostNetwork: "allow", forbiddenServiceTypes: [] },
    publish: { requireHostIp: false },
    ssh: "allow",
};
