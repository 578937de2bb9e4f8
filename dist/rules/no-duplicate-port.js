// Two listeners on the same port and protocol in one file: only one can bind, the other fails
// with EADDRINUSE. Reported on the second.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-duplicate-port");
