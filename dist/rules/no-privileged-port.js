// A bind below 1024 fails with EACCES unless the process is root; code is taken to run as an
// ordinary user (a container runtime or sysctl may lower the limit; see the rule docs).
import { checkRule } from "./utils/check-rule.js";
export default checkRule("no-privileged-port");
