// The policy a rule applies to the file being linted, most specific last:
//   1. the nearest port-policy.config.* (or package.json "portPolicy") for the file, as
//      `port-policy scan` finds it for the same file, so both fronts agree with no wiring;
//      `recommended` when there is none;
//   2. settings["port-policy"] (set once for every rule, e.g. by an org's shared config): its
//      fields replace the file's;
//   3. the rule's own options, the same way.
// A `preset` (the options' or else the settings') is applied over the file's policy first.
// A whole resolved Policy in settings (from `portPolicySettings()`, or `port-policy scan
// --config`) is the policy: no file is looked up then. Settings are not validated by ESLint, so
// they are checked here. A broken config file throws, naming every problem: ESLint stops, as it
// does for a broken eslint.config.js, rather than lint with a policy CI would not use.
import { isAbsolute, resolve } from "node:path";
import { createRequire } from "node:module";
import { PortPolicyConfigError } from "../../src/config/eslint-settings.js";
import { mergeLayers } from "../../src/config/merge-layers.js";
import { createPolicyLookup } from "../../src/config/policy-lookup.js";
import { presetLayer } from "../../src/config/preset-layer.js";
import { PRESET_PREFIX } from "../../src/config/user-config.js";
import { NAMESPACE } from "../../src/core/catalogue.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { POLICY_SETTINGS_SCHEMA } from "./policy-options-schema.js";
export const SETTINGS_KEY = NAMESPACE;
/** An editor keeps one ESLint for hours: an edited config is seen within this many milliseconds. */
const CONFIG_TTL_MS = 5_000;
const lookup = createPolicyLookup({ ttlMs: CONFIG_TTL_MS });
let validateSettings;
/** Settings objects already validated: ESLint hands every rule of every file the same object. */
const validated = new WeakMap();
/** Policies already derived, by base policy, then settings, then options (all reused by ESLint). */
const derived = new WeakMap();
const NONE = {};
export function policyFromContext(context, options) {
    const raw = context.settings[SETTINGS_KEY];
    const settings = readSettings(raw);
    if (settings.rules !== undefined)
        return explicitPolicy(settings, options);
    const base = filePolicy(context);
    const bySettings = derived.get(base) ?? new WeakMap();
    derived.set(base, bySettings);
    const settingsKey = typeof raw === "object" && raw !== null ? raw : NONE;
    const byOptions = bySettings.get(settingsKey) ?? new WeakMap();
    bySettings.set(settingsKey, byOptions);
    let policy = byOptions.get(options);
    if (!policy) {
        policy = over(base, settings, options);
        byOptions.set(options, policy);
    }
    return policy;
}
/** The policy of the nearest config file; a physical file name may be relative ("server.ts" in RuleTester) or a placeholder ("<input>"). */
function filePolicy(context) {
    const name = context.physicalFilename;
    const file = name.startsWith("<") ? resolve(context.cwd, "file.js") : isAbsolute(name) ? name : resolve(context.cwd, name);
    const result = lookup.forFile(file);
    if (!result.ok)
        throw new PortPolicyConfigError(result.errors, context.cwd);
    return result.policy;
}
/**
 * The preset the options or else the settings name, then the settings' fields, then the
 * options', over the file's policy. Runtimes merge key by key. The file's rule switches stay:
 * a rule its config turns off reports nothing, as in the scanner; presets change no switches.
 */
function over(base, settings, options) {
    const name = options.preset ?? settings.preset;
    const preset = name === undefined ? undefined : presetLayer(`${PRESET_PREFIX}${name}`);
    const start = preset ? { ...mergeLayers(base, [preset]), rules: base.rules } : base;
    const fields = { ...policyFields(settings), ...policyFields(options) };
    if (Object.keys(fields).length === 0 && settings.runtime === undefined && options.runtime === undefined)
        return start;
    return { ...start, ...fields, runtime: { ...start.runtime, ...settings.runtime, ...options.runtime } };
}
/**
 * A whole Policy given in settings: the preset (recommended unless `preset` says otherwise), the
 * settings, then the options. ESLint's own `rules` decide which rules run here (e.g. through
 * `portPolicyRules(policy)`), so the policy's on/off switches are not applied twice.
 */
function explicitPolicy(settings, options) {
    const base = PRESETS[options.preset ?? settings.preset ?? "recommended"] ?? recommended;
    return {
        ...base,
        ...policyFields(settings),
        ...policyFields(options),
        runtime: { ...base.runtime, ...settings.runtime, ...options.runtime },
        rules: recommended.rules,
    };
}
/**
 * Settings made from a policy port-policy has already validated (scan hands the rules the policy
 * of each file's config): taken as they are, without compiling the settings schema (ajv and the
 * compile cost a tenth of a second, once per process).
 */
export function trustPolicySettings(value) {
    validated.set(value, value);
}
function readSettings(value) {
    if (value === undefined)
        return {};
    const cacheable = typeof value === "object" && value !== null;
    const known = cacheable ? validated.get(value) : undefined;
    if (known)
        return known;
    // Loaded on first use: scan hands the rules a policy it has validated, and never needs ajv here.
    validateSettings ??= new (createRequire(import.meta.url)("ajv").Ajv)({ allErrors: true }).compile(POLICY_SETTINGS_SCHEMA);
    if (validateSettings(value)) {
        if (cacheable)
            validated.set(value, value);
        return value;
    }
    const problems = (validateSettings.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`).join("; ");
    throw new Error(`Invalid settings["${SETTINGS_KEY}"]: ${problems}`);
}
const POLICY_FIELDS = ["ephemeral", "nodePortRange", "registeredPorts", "allowlist", "orgRegistry", "ssh"];
/** The plain Policy fields; `preset` and `runtime` are merged separately. */
function policyFields(options) {
    const fields = {};
    for (const key of POLICY_FIELDS)
        if (options[key] !== undefined)
            fields[key] = options[key];
    return fields;
}
