// The policy a rule applies: the preset (recommended unless `preset` says otherwise), then
// settings["port-policy"] (set once for every rule, e.g. by an org's shared config), then the
// rule's own options. Settings are not validated by ESLint, so they are checked here.
import type { TSESLint } from "@typescript-eslint/utils";
import { Ajv, type ValidateFunction } from "ajv";
import { NAMESPACE } from "../../src/core/catalogue.js";
import type { Policy } from "../../src/core/policy.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { recommended } from "../../src/core/presets/recommended.js";
import { POLICY_SETTINGS_SCHEMA, type PolicyOptions } from "./policy-options-schema.js";

export const SETTINGS_KEY = NAMESPACE;

let validateSettings: ValidateFunction | undefined;

/** Settings objects already validated: ESLint hands every rule of every file the same object. */
const validated = new WeakMap<object, PolicyOptions>();

export function policyFromContext(context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>, options: PolicyOptions): Policy {
  const settings = readSettings(context.settings[SETTINGS_KEY]);
  const base = PRESETS[options.preset ?? settings.preset ?? "recommended"] ?? recommended;
  return {
    ...base,
    ...policyFields(settings),
    ...policyFields(options),
    runtime: { ...base.runtime, ...settings.runtime, ...options.runtime },
    // ESLint decides whether a rule runs; the policy's own on/off switches do not apply here.
    rules: recommended.rules,
  };
}

function readSettings(value: unknown): PolicyOptions {
  if (value === undefined) return {};
  const cacheable = typeof value === "object" && value !== null;
  const known = cacheable ? validated.get(value) : undefined;
  if (known) return known;
  validateSettings ??= new Ajv({ allErrors: true }).compile(POLICY_SETTINGS_SCHEMA);
  if (validateSettings(value)) {
    if (cacheable) validated.set(value, value as PolicyOptions);
    return value as PolicyOptions;
  }
  const problems = (validateSettings.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? ""}`).join("; ");
  throw new Error(`Invalid settings["${SETTINGS_KEY}"]: ${problems}`);
}

const POLICY_FIELDS = ["ephemeral", "nodePortRange", "registeredPorts", "allowlist", "orgRegistry"] as const;

/** The plain Policy fields; `preset` and `runtime` are merged separately. */
function policyFields(options: PolicyOptions): Partial<Policy> {
  const fields: Partial<Record<(typeof POLICY_FIELDS)[number], unknown>> = {};
  for (const key of POLICY_FIELDS) if (options[key] !== undefined) fields[key] = options[key];
  return fields as Partial<Policy>;
}
