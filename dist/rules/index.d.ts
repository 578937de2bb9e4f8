export declare const rules: {
    "no-browser-unsafe-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "no-duplicate-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "no-dynamic-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "no-ephemeral-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "no-privileged-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "no-registered-port-misuse": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
    "valid-port": import("@typescript-eslint/utils/ts-eslint").RuleModule<string, import("./utils/create-rule.js").RuleOptions, unknown, import("@typescript-eslint/utils/ts-eslint").RuleListener>;
};
