import type { TSESLint } from "@typescript-eslint/utils";
import { type RuleId } from "../../src/core/catalogue.js";
import { type PolicyOptions } from "./policy-options-schema.js";
export type RuleOptions = [PolicyOptions];
type Context = Readonly<TSESLint.RuleContext<string, RuleOptions>>;
/**
 * `create` reads `context.options` as ESLint gives them: ESLint ≥ 9.15 (our peer range) has
 * already merged `meta.defaultOptions` into them when it loaded the config. RuleCreator's wrapper
 * merged them again for every rule on every file, through a `structuredClone`, which was a
 * quarter of the plugin's cost in `bench/eslint.ts`.
 */
export declare function createRule(id: RuleId, create: (context: Context, options: PolicyOptions) => TSESLint.RuleListener): TSESLint.RuleModule<string, RuleOptions, unknown, TSESLint.RuleListener>;
/** `meta` for a catalogue rule: type, docs, the catalogue's templates as messages, the policy schema. */
export declare function catalogueMeta(id: RuleId): {
    type: "problem";
    docs: {
        description: string;
    };
    messages: {
        [x: string]: string;
    };
    schema: import("@typescript-eslint/utils/json-schema").JSONSchema4[];
    defaultOptions: RuleOptions;
};
export {};
