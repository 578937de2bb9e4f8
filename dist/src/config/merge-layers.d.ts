import type { Policy } from "../core/policy.js";
import type { PolicyLayer } from "./to-policy.js";
/** Returns a new policy; the base (a preset) is never shared with the caller. */
export declare function mergeLayers(base: Policy, layers: readonly PolicyLayer[]): Policy;
