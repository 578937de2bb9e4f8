// A listener fixed in the IANA dynamic range (49152–65535), or inside the Linux ephemeral range,
// collides with the local ports the OS hands to outgoing connections (RFC 6335 §6).
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-dynamic-port");
