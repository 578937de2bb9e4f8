declare const _default: import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
export default _default;
