import { catalogueEntry, docsUrl } from "../../src/core/catalogue.js";
import { POLICY_OPTIONS_SCHEMA } from "./policy-options-schema.js";
/**
 * `create` reads `context.options` as ESLint gives them: ESLint ≥ 9.15 (our peer range) has
 * already merged `meta.defaultOptions` into them when it loaded the config. RuleCreator's wrapper
 * merged them again for every rule on every file, through a `structuredClone`, which was a
 * quarter of the plugin's cost in `bench/eslint.ts`.
 */
export function createRule(id, create) {
    const meta = catalogueMeta(id);
    const rule = {
        meta: { ...meta, docs: { ...meta.docs, url: docsUrl(id) } },
        defaultOptions: meta.defaultOptions,
        create: (context) => create(context, context.options[0] ?? {}),
    };
    return rule;
}
/** `meta` for a catalogue rule: type, docs, the catalogue's templates as messages, the policy schema. */
export function catalogueMeta(id) {
    const entry = catalogueEntry(id);
    if (!entry)
        throw new Error(`Rule "${id}" is not in the catalogue`);
    return {
        type: "problem",
        docs: { description: entry.description },
        messages: { ...entry.messages },
        schema: [POLICY_OPTIONS_SCHEMA],
        // Empty on purpose: anything not set here comes from settings["port-policy"], then the preset.
        defaultOptions: [{}],
    };
}
