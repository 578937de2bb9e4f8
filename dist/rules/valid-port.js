// A port value that is not a port: out of 0–65535 (a listener with that number, checked by the
// core), or not a number at all (`{ port: "abc" }`, `listen(3000.5)`), which the collector
// reports itself, as the scanner does for a malformed spec.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("valid-port");
