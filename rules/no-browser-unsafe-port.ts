// An HTTP listener on a Fetch-standard "bad port" (6000, 6665–6669, 10080…): browsers refuse it
// with ERR_UNSAFE_PORT.
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "no-browser-unsafe-port",
  meta: catalogueMeta("no-browser-unsafe-port"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners }) => reportFindings(context, evaluate(listeners, policy, { only: ["no-browser-unsafe-port"] })));
  },
});
