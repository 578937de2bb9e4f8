// A listener fixed in the IANA dynamic range (49152–65535), or inside the Linux ephemeral range,
// collides with the local ports the OS hands to outgoing connections (RFC 6335 §6).
import { evaluate } from "../src/core/evaluate.js";
import { catalogueMeta, createRule, type RuleOptions } from "./utils/create-rule.js";
import { onFileListeners } from "./utils/listener-visitor.js";
import { policyFromContext } from "./utils/policy-from-context.js";
import { reportFindings } from "./utils/report-findings.js";

export default createRule<RuleOptions, string>({
  name: "no-dynamic-port",
  meta: catalogueMeta("no-dynamic-port"),
  create(context, [options]) {
    const policy = policyFromContext(context, options);
    return onFileListeners(context, ({ listeners }) => reportFindings(context, evaluate(listeners, policy, { only: ["no-dynamic-port"] })));
  },
});
