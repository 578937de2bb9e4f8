// Everything port-policy knows about one port, as data. This is the `--format json` shape (one
// element of `ports`); keep it stable: add fields, never rename or remove them.
import type { Protocol } from "../../core/listener.js";
import { EPHEMERAL_PROFILES, type EphemeralProfileId } from "../../core/ephemeral.js";
import { PORT_CLASSES, inRange, portClass, type PortClass } from "../../core/port-class.js";
import {
  deFactoUses,
  ianaRecords,
  ianaServiceNames,
  isFetchBadPort,
  unauthorizedUse,
  type DeFactoUse,
  type RegistryRecord,
} from "../../core/registry.js";
import { adviceFor } from "./advice.js";
import { nonRootBind, type NonRootBind } from "./non-root-bind.js";

export interface PortExplanation {
  /** The argument as typed: "3000/udp". */
  input: string;
  port: number;
  /** The protocol asked about; null when none was given (then every protocol is covered). */
  protocol: Protocol | null;
  class: { id: PortClass; label: string; from: number; to: number; meaning: string };
  /** Every IANA row covering the port, in IANA's order (of the asked protocol, if any). */
  iana: readonly RegistryRecord[];
  /** Assigned IANA service names per protocol asked about, in IANA's order. */
  serviceNames: Partial<Record<Protocol, readonly string[]>>;
  /** IANA "Unauthorized Use Reported" notes on those rows. */
  unauthorizedUse: readonly string[];
  /** Software that uses the port by default without an IANA assignment. */
  deFacto: readonly DeFactoUse[];
  /** Ephemeral ranges (by OS) that contain the port. */
  ephemeral: readonly { id: EphemeralProfileId; label: string; from: number; to: number }[];
  /** Browsers refuse HTTP(S) on Fetch-standard bad ports (ERR_UNSAFE_PORT). */
  browser: { refused: boolean };
  /** Whether a process that is not root can bind the port, by runtime and system. */
  privileged: boolean;
  nonRootBind: readonly NonRootBind[];
  /** One line: what to do. */
  advice: string;
}

const ALL_PROTOCOLS: readonly Protocol[] = ["tcp", "udp", "sctp"];

function serviceNamesByProtocol(port: number, protocols: readonly Protocol[]): Partial<Record<Protocol, readonly string[]>> {
  return Object.fromEntries(protocols.map((protocol) => [protocol, ianaServiceNames(port, protocol)]));
}

export function explainPort(input: string, port: number, protocol?: Protocol): PortExplanation {
  const classId = portClass(port);
  const { label, from, to, meaning } = PORT_CLASSES[classId];
  const serviceNames = serviceNamesByProtocol(port, protocol === undefined ? ALL_PROTOCOLS : [protocol]);
  const deFacto = deFactoUses(port, protocol);
  const binds = nonRootBind(port);
  const explanation: Omit<PortExplanation, "advice"> = {
    input,
    port,
    protocol: protocol ?? null,
    class: { id: classId, label, from, to, meaning },
    iana: ianaRecords(port, protocol),
    serviceNames,
    unauthorizedUse: unauthorizedUse(port, protocol),
    deFacto,
    ephemeral: Object.values(EPHEMERAL_PROFILES)
      .filter((profile) => inRange(port, profile))
      .map(({ id, label: profileLabel, from: first, to: last }) => ({ id, label: profileLabel, from: first, to: last })),
    browser: { refused: isFetchBadPort(port) },
    privileged: binds.some((bind) => !bind.canBind),
    nonRootBind: binds,
  };
  return { ...explanation, advice: adviceFor(explanation) };
}
