// no-ephemeral-port: a fixed listener inside an OS ephemeral range (the policy's `ephemeral`
// profiles; Linux's 32768–60999 by default, ip-sysctl.rst) below the IANA dynamic range, where an
// outgoing connection may hold the port. A port or range reaching 49152–65535 is no-dynamic-port's
// alone, so nothing is reported twice. A service on its own registered port (MySQL's 33060) is not
// reported: its owner cannot sensibly move it. The severity is the rule's (`rules`), as for every
// rule, so ESLint and the scanner agree; a profile's old `severity` is mapped onto it in to-policy.ts.
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
import { EPHEMERAL_PROFILES } from "../ephemeral.js";
import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { identify } from "../identity.js";
import { BOUND_ROLES, isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";

function check(listener: Listener, policy: Policy): Finding | undefined {
  const span = { from: listener.port, to: lastPort(listener) };
  if (rangesOverlap(span, PORT_CLASSES.dynamic)) return undefined;
  for (const setting of policy.ephemeral) {
    const profile = EPHEMERAL_PROFILES[setting.profile];
    if (!rangesOverlap(span, profile)) continue;
    if (listener.endPort === undefined && isOwnPort(listener, identify(listener.identity))) return undefined;
    const data = { profile: profile.label, range: `${profile.from}–${profile.to}`, below: profile.from - 1, reserve: profile.reserve };
    // At full strength, as every check reports: the policy's "warn" (recommended) lowers it in evaluate().
    return listenerFinding("no-ephemeral-port", "ephemeral", listener, data, "error");
  }
  return undefined;
}

export function noEphemeralPort(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener, policy) : undefined));
}
