import { docker } from "./docker.js";
import { kubernetes } from "./kubernetes.js";
import { openshift } from "./openshift.js";
import { recommended } from "./recommended.js";
import { strict } from "./strict.js";
export const PRESETS = { recommended, strict, kubernetes, openshift, docker };
