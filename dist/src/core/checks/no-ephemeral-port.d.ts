import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
export declare function noEphemeralPort(listeners: readonly Listener[], policy: Policy): Finding[];
