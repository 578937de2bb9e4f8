// Ephemeral (local) port ranges per operating system: where the kernel picks the local port of an
// outgoing connection. Sources: RFC 6335 §6; Linux Documentation/networking/ip-sysctl.rst
// (ip_local_port_range default 32768 60999 since 4.2); Microsoft KB 929851 (Vista and later);
// XNU bsd/netinet/in_pcb.c (IPPORT_HIFIRSTAUTO 49152); FreeBSD sys/netinet/in.h (IPPORT_EPHEMERALFIRST 10000).
import type { PortRange } from "./port-class.js";

export type EphemeralProfileId = "iana" | "linux" | "windows" | "macos" | "freebsd";

export interface EphemeralProfile extends PortRange {
  id: EphemeralProfileId;
  /** Who hands these ports out, for messages: "Linux". */
  label: string;
  /** How to keep a port out of automatic assignment on that system, as an instruction: "reserve it in …". */
  reserve: string;
}

export const EPHEMERAL_PROFILES: Readonly<Record<EphemeralProfileId, EphemeralProfile>> = {
  iana: { id: "iana", label: "IANA", from: 49152, to: 65535, reserve: "move it (RFC 6335 never assigns these ports)" },
  linux: { id: "linux", label: "Linux", from: 32768, to: 60999, reserve: "reserve it in net.ipv4.ip_local_reserved_ports" },
  windows: {
    id: "windows",
    label: "Windows",
    from: 49152,
    to: 65535,
    reserve: "reserve it with netsh int ipv4 add excludedportrange",
  },
  macos: { id: "macos", label: "macOS", from: 49152, to: 65535, reserve: "raise net.inet.ip.portrange.first" },
  freebsd: { id: "freebsd", label: "FreeBSD", from: 10000, to: 65535, reserve: "raise net.inet.ip.portrange.first" },
};

export function isEphemeralProfileId(value: string): value is EphemeralProfileId {
  return Object.hasOwn(EPHEMERAL_PROFILES, value);
}
