// Two listeners on the same port and protocol in one file: only one can bind, the other fails
// with EADDRINUSE. Reported on the second.
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "no-duplicate-port",
  meta: catalogueMeta("no-duplicate-port"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners }) => reportFindings(context, evaluate(listeners, policy, { only: ["no-duplicate-port"] })));
  },
});
