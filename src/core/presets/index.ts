import type { Policy } from "../policy.js";
import { docker } from "./docker.js";
import { kubernetes } from "./kubernetes.js";
import { openshift } from "./openshift.js";
import { recommended } from "./recommended.js";
import { strict } from "./strict.js";

export const PRESETS: Readonly<Record<string, Policy>> = { recommended, strict, kubernetes, openshift, docker };

export type PresetName = "recommended" | "strict" | "kubernetes" | "openshift" | "docker";
