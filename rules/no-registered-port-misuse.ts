// A listener on a port IANA (or the org registry) gives to another, well-known service:
// an HTTP framework on PostgreSQL's 5432. Identity comes from the framework that opens the port.
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "no-registered-port-misuse",
  meta: catalogueMeta("no-registered-port-misuse"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners }) => reportFindings(context, evaluate(listeners, policy, { only: ["no-registered-port-misuse"] })));
  },
});
