import { recommended } from "./recommended.js";
export const kubernetes = {
    ...recommended,
    runtime: { ...recommended.runtime, kubernetes: "portable" },
};
