import type { TSESLint } from "@typescript-eslint/utils";
import type { Policy } from "../../src/core/policy.js";
import { type PolicyOptions } from "./policy-options-schema.js";
export declare const SETTINGS_KEY = "port-policy";
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export declare function policyFromContext(context: Context, options: PolicyOptions): Policy;
/**
 * Settings made from a policy port-policy has already validated (scan hands the rules the policy
 * of each file's config): taken as they are, without compiling the settings schema (ajv and the
 * compile cost a tenth of a second, once per process).
 */
export declare function trustPolicySettings(value: Policy): void;
export {};
