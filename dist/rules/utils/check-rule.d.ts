import type { RuleId } from "../../src/core/catalogue.js";
export declare function checkRule(id: RuleId): import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
