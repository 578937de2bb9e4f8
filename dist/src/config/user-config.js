export const PRESET_PREFIX = "port-policy:";
