// A listener on a port IANA (or the org registry) gives to another, well-known service:
// an HTTP framework on PostgreSQL's 5432. Identity comes from the framework that opens the port.
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-registered-port-misuse");
