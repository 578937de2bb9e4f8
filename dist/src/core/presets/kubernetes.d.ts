import type { Policy } from "../policy.js";
export declare const kubernetes: Policy;
