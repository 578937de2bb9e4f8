import type { Policy } from "../policy.js";
export declare const PRESETS: Readonly<Record<string, Policy>>;
export type PresetName = "recommended" | "strict" | "kubernetes" | "openshift" | "docker";
