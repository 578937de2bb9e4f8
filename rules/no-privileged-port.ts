// A bind below 1024 fails with EACCES unless the process is root; code is taken to run as an
// ordinary user (a container runtime or sysctl may lower the limit; see the rule docs).
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "no-privileged-port",
  meta: catalogueMeta("no-privileged-port"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners }) => reportFindings(context, evaluate(listeners, policy, { only: ["no-privileged-port"] })));
  },
});
