import { recommended } from "./recommended.js";
export const strict = {
    ...recommended,
    rules: { ...recommended.rules, "no-ephemeral-port": "error" },
    registeredPorts: "all",
    kubernetes: { allowedHostPorts: [], hostNetwork: "forbid", forbiddenServiceTypes: ["NodePort"] },
    publish: { requireHostIp: true },
    ssh: "forbid",
};
