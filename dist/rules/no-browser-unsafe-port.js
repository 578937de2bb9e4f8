// An HTTP listener on a Fetch-standard "bad port" (6000, 6665–6669, 10080…): browsers refuse it
// with ERR_UNSAFE_PORT.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-browser-unsafe-port");
