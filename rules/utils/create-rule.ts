// RuleCreator with the docs URL from the catalogue, and the parts of `meta` every port-policy rule
// takes from its catalogue entry (description, message templates), so a rule cannot disagree
// with its docs or with the scanner's wording.
import { ESLintUtils } from "@typescript-eslint/utils";
import { catalogueEntry, docsUrl, type RuleId } from "../../src/core/catalogue.js";
import { POLICY_OPTIONS_SCHEMA, type PolicyOptions } from "./policy-options-schema.js";

export const createRule = ESLintUtils.RuleCreator((name) => docsUrl(name));

export type RuleOptions = [PolicyOptions];

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
