import type { JSONSchema4 } from "@typescript-eslint/utils/json-schema";
import { type Policy } from "../../src/core/policy.js";
import { type PresetName } from "../../src/core/presets/index.js";
export type PolicyOptions = Partial<Pick<Policy, "ephemeral" | "nodePortRange" | "registeredPorts" | "allowlist" | "orgRegistry" | "ssh">> & {
    preset?: PresetName;
    runtime?: Partial<Policy["runtime"]>;
};
export declare const POLICY_OPTIONS_SCHEMA: JSONSchema4;
/**
 * settings["port-policy"] also takes a whole resolved Policy, as `portPolicySettings()` builds it
 * from the port-policy config file; its `rules` severities are for the scanner (ESLint's own
 * `rules`, e.g. from `portPolicyRules(policy)`, decide which rules run here).
 */
export declare const POLICY_SETTINGS_SCHEMA: JSONSchema4;
