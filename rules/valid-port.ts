// A port value that is not a port: out of 0–65535 (a listener with that number, checked by the
// core), or not a number at all (`{ port: "abc" }`, `listen(3000.5)`), which the collector
// reports itself, as the scanner does for a malformed spec.
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "valid-port",
  meta: catalogueMeta("valid-port"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners, findings }) => {
      const own = findings.filter((finding) => finding.ruleId === "valid-port");
      reportFindings(context, [...own, ...evaluate(listeners, policy, { only: ["valid-port"] })]);
    });
  },
});
