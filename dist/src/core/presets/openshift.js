import { recommended } from "./recommended.js";
export const openshift = {
    ...recommended,
    runtime: { ...recommended.runtime, kubernetes: "openshift" },
};
