import { recommended } from "./recommended.js";
export const strict = {
    ...recommended,
    ephemeral: [{ profile: "linux", severity: "error" }],
    registeredPorts: "all",
    kubernetes: { allowedHostPorts: [], hostNetwork: "forbid", forbiddenServiceTypes: ["NodePort"] },
    publish: { requireHostIp: true },
    ssh: "forbid",
};
