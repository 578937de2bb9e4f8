import type { Policy } from "../policy.js";
export declare const docker: Policy;
