import { recommended } from "./recommended.js";
export const docker = {
    ...recommended,
    runtime: { compose: "docker", kubernetes: "containerd", actions: "docker", dockerfile: "docker" },
};
