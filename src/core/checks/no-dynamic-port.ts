// no-dynamic-port: a fixed listener in the IANA dynamic range 49152–65535 (RFC 6335 §6, §8.1.2:
// never assigned, MUST NOT be used as a service identifier; the OS hands these ports out for
// outgoing connections), and, at the policy's severity, inside an OS ephemeral range such as
// Linux's 32768–60999 (ip-sysctl.rst), except for a service on its own registered port (MySQL's
// 33060). Service ports and NodePorts are virtual or range-checked elsewhere, and a remote port
// (`WIREGUARD_ENDPOINT_PORT`) is bound on another machine; port 0 ("any free port") is never flagged.
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { Policy } from "../policy.js";
import { EPHEMERAL_PROFILES } from "../ephemeral.js";
import { PORT_CLASSES, rangesOverlap } from "../port-class.js";
import { identify } from "../identity.js";
import { isFixedPort, lastPort, listenerFinding, perListener } from "./listener-finding.js";
import { isOwnPort } from "./own-port.js";

const BOUND_ROLES = new Set(["bind", "container", "published", "env"]);

function span(listener: Listener) {
  return { from: listener.port, to: lastPort(listener) };
}

function check(listener: Listener, policy: Policy): Finding | undefined {
  if (rangesOverlap(span(listener), PORT_CLASSES.dynamic)) return listenerFinding("no-dynamic-port", "dynamic", listener, {});
  for (const setting of policy.ephemeral) {
    const profile = EPHEMERAL_PROFILES[setting.profile];
    if (!rangesOverlap(span(listener), profile)) continue;
    if (listener.endPort === undefined && isOwnPort(listener, identify(listener.identity))) return undefined;
    return listenerFinding(
      "no-dynamic-port",
      "ephemeral",
      listener,
      { profile: profile.label, range: `${profile.from}–${profile.to}`, below: profile.from - 1, reserve: profile.reserve },
      setting.severity === "warn" ? "warning" : "error",
    );
  }
  return undefined;
}

export function noDynamicPort(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) => (BOUND_ROLES.has(listener.role) && isFixedPort(listener) ? check(listener, policy) : undefined));
}
