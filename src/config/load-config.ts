// Loads the policy for a directory: find the config file (or take --config), resolve what it
// extends, validate every file, merge the layers over `recommended`. User mistakes come back as
// ConfigErrors; nothing here throws for them. Two entry points share one resolution:
// loadConfigSync reads JS configs with require() (fine on Node 20.19+ unless the module uses
// top-level await), loadConfig with import().
import { resolve } from "node:path";
import { recommended } from "../core/presets/recommended.js";
import { COMMAND_LINE, type ConfigResult } from "./config-error.js";
import { findConfigFile } from "./find-config-file.js";
import { mergeLayers } from "./merge-layers.js";
import { PRESET_NAMES, presetLayer } from "./preset-layer.js";
import { readConfigFile, readConfigFileSync, type ReadResult } from "./read-config-file.js";
import { resolveFile, type ResolveSteps } from "./resolve-extends.js";
import type { PolicyLayer } from "./to-policy.js";
import { PRESET_PREFIX } from "./user-config.js";

export interface LoadConfigOptions {
  /** Where discovery starts; default process.cwd(). */
  cwd?: string;
  /** An explicit config file (`--config`), relative to cwd; skips discovery. */
  configFile?: string;
  /** A built-in preset applied after the config file (`--preset strict` or `port-policy:strict`). */
  preset?: string;
  /** Search for no config file: `recommended` (and `preset`), unless `configFile` names one. */
  noConfigLookup?: boolean;
}

function* loadSteps(options: LoadConfigOptions): ResolveSteps<ConfigResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const found =
    options.configFile !== undefined
      ? { ok: true as const, file: resolve(cwd, options.configFile) }
      : options.noConfigLookup
        ? { ok: true as const, file: undefined }
        : findConfigFile(cwd);
  if (!found.ok) return found;
  const layers: PolicyLayer[] = [];
  const files: string[] = [];
  if (found.file !== undefined) {
    const resolution = yield* resolveFile(found.file);
    if (resolution.errors.length > 0) return { ok: false, errors: resolution.errors };
    layers.push(...resolution.layers);
    files.push(...resolution.files);
  }
  if (options.preset !== undefined) {
    const name = options.preset.startsWith(PRESET_PREFIX) ? options.preset : `${PRESET_PREFIX}${options.preset}`;
    const layer = presetLayer(name);
    if (!layer) return { ok: false, errors: [{ file: COMMAND_LINE, pointer: "", code: "unknownPreset", data: { name: options.preset, known: PRESET_NAMES.join(", ") } }] };
    layers.push(layer);
  }
  return { ok: true, policy: mergeLayers(recommended, layers), files: [...new Set(files)] };
}

function runSync<T>(steps: ResolveSteps<T>, read: (file: string) => ReadResult): T {
  let step = steps.next();
  while (!step.done) step = steps.next(read(step.value));
  return step.value;
}

async function runAsync<T>(steps: ResolveSteps<T>, read: (file: string) => Promise<ReadResult>): Promise<T> {
  let step = steps.next();
  while (!step.done) step = steps.next(await read(step.value));
  return step.value;
}

/** Every format; JS configs load with import(), so top-level await works. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ConfigResult> {
  return runAsync(loadSteps(options), readConfigFile);
}

/** Every format; a JS config with top-level await is a `needsAsyncLoad` error (use loadConfig). */
export function loadConfigSync(options: LoadConfigOptions = {}): ConfigResult {
  return runSync(loadSteps(options), readConfigFileSync);
}
