import type { Protocol } from "../../core/listener.js";
import { type EphemeralProfileId } from "../../core/ephemeral.js";
import { type PortClass } from "../../core/port-class.js";
import { type DeFactoUse, type RegistryRecord } from "../../core/registry.js";
import { type NonRootBind } from "./non-root-bind.js";
export interface PortExplanation {
    /** The argument as typed: "3000/udp". */
    input: string;
    port: number;
    /** The protocol asked about; null when none was given (then every protocol is covered). */
    protocol: Protocol | null;
    class: {
        id: PortClass;
        label: string;
        from: number;
        to: number;
        meaning: string;
    };
    /** Every IANA row covering the port, in IANA's order (of the asked protocol, if any). */
    iana: readonly RegistryRecord[];
    /** Assigned IANA service names per protocol asked about, in IANA's order. */
    serviceNames: Partial<Record<Protocol, readonly string[]>>;
    /** IANA "Unauthorized Use Reported" notes on those rows. */
    unauthorizedUse: readonly string[];
    /** Software that uses the port by default without an IANA assignment. */
    deFacto: readonly DeFactoUse[];
    /** Ephemeral ranges (by OS) that contain the port. */
    ephemeral: readonly {
        id: EphemeralProfileId;
        label: string;
        from: number;
        to: number;
    }[];
    /** Browsers refuse HTTP(S) on Fetch-standard bad ports (ERR_UNSAFE_PORT). */
    browser: {
        refused: boolean;
    };
    /** Whether a process that is not root can bind the port, by runtime and system. */
    privileged: boolean;
    nonRootBind: readonly NonRootBind[];
    /** One line: what to do. */
    advice: string;
}
export declare function explainPort(input: string, port: number, protocol?: Protocol): PortExplanation;
