import type { PolicyLayer } from "./to-policy.js";
export declare const PRESET_NAMES: readonly string[];
/** "port-policy:strict" → its layer; undefined for a name that is not a built-in preset. */
export declare function presetLayer(name: string): PolicyLayer | undefined;
