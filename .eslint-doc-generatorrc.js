// eslint-doc-generator reads the built plugin (dist/, via package.json "exports"): run `npm run
// build` first, as the docs:update and docs:check scripts do.
/** @type {import("eslint-doc-generator").GenerateOptions} */
const config = {
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
  ],
  ruleDocTitleFormat: "desc-parens-prefix-name",
  ruleDocSectionInclude: ["Examples", "Options", "When Not To Use It"],
  ruleListColumns: ["name", "description", "configsError", "configsWarn", "options"],
  urlConfigs: "https://github.com/port-policy/eslint-plugin-port-policy#configs",
};

export default config;
