// The two run-time values the rules take from typescript-eslint's toolbox, without loading
// @typescript-eslint/utils: that package needs TypeScript as a (required) peer, so depending on it
// would install 24 MB of TypeScript into every JavaScript-only project. Its ASTUtils are
// @eslint-community/eslint-utils (which ESLint itself depends on) with TSESTree types, and
// AST_NODE_TYPES lives in @typescript-eslint/types, which has no dependencies; so the values here
// are the same objects, typed as the rules expect. Types still come from @typescript-eslint/utils
// (a devDependency), through `import type`, which the build erases.
import * as eslintUtils from "@eslint-community/eslint-utils";
export { AST_NODE_TYPES } from "@typescript-eslint/types";
export const ASTUtils = {
    findVariable: eslintUtils.findVariable,
    getStaticValue: eslintUtils.getStaticValue,
};
