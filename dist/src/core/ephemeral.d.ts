import type { PortRange } from "./port-class.js";
export type EphemeralProfileId = "iana" | "linux" | "windows" | "macos" | "freebsd";
export interface EphemeralProfile extends PortRange {
    id: EphemeralProfileId;
    /** Who hands these ports out, for messages: "Linux". */
    label: string;
    /** How to keep a port out of automatic assignment on that system, as an instruction: "reserve it in …". */
    reserve: string;
}
export declare const EPHEMERAL_PROFILES: Readonly<Record<EphemeralProfileId, EphemeralProfile>>;
export declare function isEphemeralProfileId(value: string): value is EphemeralProfileId;
