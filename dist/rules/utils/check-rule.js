import { evaluate } from "../../src/core/evaluate.js";
import { createRule } from "./create-rule.js";
import { mayOpenListenerIn } from "./listener-prefilter.js";
import { onFileListeners } from "./listener-visitor.js";
import { policyFromContext } from "./policy-from-context.js";
import { reportFindings } from "./report-findings.js";
export function checkRule(id) {
    return createRule(id, (context, options) => {
        // A file whose text has no listener form's words costs the rules nothing more than this test.
        const { sourceCode } = context;
        if (!mayOpenListenerIn(sourceCode, sourceCode.text, context.filename, context.physicalFilename))
            return {};
        const policy = policyFromContext(context, options);
        return onFileListeners(context, ({ listeners, findings }) => {
            // Most files open no listener: nothing to check then.
            if (listeners.length === 0 && findings.length === 0)
                return;
            const own = findings.filter((finding) => finding.ruleId === id);
            reportFindings(context, [...own, ...evaluate(listeners, policy, { only: [id] })]);
        });
    });
}
