// A listener fixed in the IANA dynamic range (49152–65535) collides with the local ports the OS
// hands to outgoing connections (RFC 6335 §6); Linux's range below 49152 is no-ephemeral-port's.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-dynamic-port");
