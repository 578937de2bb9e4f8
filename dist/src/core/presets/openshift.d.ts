import type { Policy } from "../policy.js";
export declare const openshift: Policy;
