// A built-in preset as a layer: only what it changes relative to `recommended`, which every
// resolution starts from. So presets compose in any order (port-policy:strict then
// port-policy:docker is strict on Docker) instead of the later one resetting the earlier.
import { PRESETS } from "../core/presets/index.js";
import { recommended } from "../core/presets/recommended.js";
import type { Policy } from "../core/policy.js";
import type { PolicyLayer } from "./to-policy.js";
import { PRESET_PREFIX } from "./user-config.js";

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS).map((name) => `${PRESET_PREFIX}${name}`);

function changed<T>(value: T, base: T): boolean {
  return JSON.stringify(value) !== JSON.stringify(base);
}

function changedEntries<T extends object>(value: T, base: T): Partial<T> | undefined {
  const entries = Object.entries(value).filter(([key, entry]) => changed(entry, (base as Record<string, unknown>)[key]));
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}

function diff(preset: Policy): PolicyLayer {
  const rules = changedEntries(preset.rules, recommended.rules);
  const runtime = changedEntries(preset.runtime, recommended.runtime);
  const kubernetes = changedEntries(preset.kubernetes, recommended.kubernetes);
  const publish = changedEntries(preset.publish, recommended.publish);
  return {
    ...(rules && { rules }),
    ...(runtime && { runtime }),
    ...(kubernetes && { kubernetes }),
    ...(publish && { publish }),
    ...(changed(preset.ssh, recommended.ssh) && { ssh: preset.ssh }),
    ...(changed(preset.ephemeral, recommended.ephemeral) && { ephemeral: preset.ephemeral }),
    ...(changed(preset.nodePortRange, recommended.nodePortRange) && { nodePortRange: preset.nodePortRange }),
    ...(changed(preset.registeredPorts, recommended.registeredPorts) && { registeredPorts: preset.registeredPorts }),
    ...(preset.allowlist.length > 0 && { allowlist: preset.allowlist }),
    ...(preset.orgRegistry.length > 0 && { orgRegistry: preset.orgRegistry }),
  };
}

/** "port-policy:strict" → its layer; undefined for a name that is not a built-in preset. */
export function presetLayer(name: string): PolicyLayer | undefined {
  const short = name.startsWith(PRESET_PREFIX) ? name.slice(PRESET_PREFIX.length) : undefined;
  const preset = short !== undefined && Object.hasOwn(PRESETS, short) ? PRESETS[short] : undefined;
  return preset && diff(preset);
}
