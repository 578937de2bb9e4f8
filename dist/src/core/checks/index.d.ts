import type { RuleId } from "../catalogue.js";
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
export type Check = (listeners: readonly Listener[], policy: Policy) => Finding[];
export declare const CHECKS: Readonly<Record<RuleId, Check>>;
