import { recommended } from "./recommended.js";
export const openshift = {
    ...recommended,
    runtime: { ...recommended.runtime, kubernetes: "openshift", dockerfile: "openshift" },
    kubernetes: { ...recommended.kubernetes, allowedHostPorts: [], hostNetwork: "forbid" },
};
