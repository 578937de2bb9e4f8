// A listener fixed inside an OS ephemeral range below 49152 (Linux's 32768–60999 by default),
// where an outgoing connection may hold its port; 49152–65535 is no-dynamic-port's.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-ephemeral-port");
