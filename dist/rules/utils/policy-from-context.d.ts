import type { TSESLint } from "@typescript-eslint/utils";
import type { Policy } from "../../src/core/policy.js";
import { type PolicyOptions } from "./policy-options-schema.js";
export declare const SETTINGS_KEY = "port-policy";
type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
export declare function policyFromContext(context: Context, options: PolicyOptions): Policy;
export {};
