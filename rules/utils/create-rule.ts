// A rule as typescript-eslint's RuleCreator shapes it (docs URL from the catalogue), and the parts
// of `meta` every port-policy rule takes from its catalogue entry (description, message
// templates), so a rule cannot disagree with its docs or with the scanner's wording. Written out
// rather than calling ESLintUtils.RuleCreator: @typescript-eslint/utils needs TypeScript at run
// time (see ast-runtime.ts).
import type { TSESLint } from "@typescript-eslint/utils";
import { catalogueEntry, docsUrl, type RuleId } from "../../src/core/catalogue.js";
import { POLICY_OPTIONS_SCHEMA, type PolicyOptions } from "./policy-options-schema.js";

export type RuleOptions = [PolicyOptions];
type Context = Readonly<TSESLint.RuleContext<string, RuleOptions>>;

/**
 * `create` reads `context.options` as ESLint gives them: ESLint ≥ 9.15 (our peer range) has
 * already merged `meta.defaultOptions` into them when it loaded the config. RuleCreator's wrapper
 * merged them again for every rule on every file, through a `structuredClone`, which was a
 * quarter of the plugin's cost in `bench/eslint.ts`.
 */
export function createRule(id: RuleId, create: (context: Context, options: PolicyOptions) => TSESLint.RuleListener) {
  const meta = catalogueMeta(id);
  const rule: TSESLint.RuleModule<string, RuleOptions> = {
    meta: { ...meta, docs: { ...meta.docs, url: docsUrl(id) } },
    defaultOptions: meta.defaultOptions,
    create: (context: Context) => create(context, context.options[0] ?? {}),
  };
  return rule;
}

/** `meta` for a catalogue rule: type, docs, the catalogue's templates as messages, the policy schema. */
export function catalogueMeta(id: RuleId) {
  const entry = catalogueEntry(id);
  if (!entry) throw new Error(`Rule "${id}" is not in the catalogue`);
  return {
    type: "problem" as const,
    docs: { description: entry.description },
    messages: { ...entry.messages },
    schema: [POLICY_OPTIONS_SCHEMA],
    // Empty on purpose: anything not set here comes from settings["port-policy"], then the preset.
    defaultOptions: [{}] as RuleOptions,
  };
}
