// eslint-doc-generator reads the built plugin (dist/, via package.json "exports"). docs:update
// builds first; docs:check reads the committed dist/, which test/install/dist.test.ts keeps equal
// to a fresh build (docs:check must not rebuild it: npm test would then never see a stale dist/).
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
