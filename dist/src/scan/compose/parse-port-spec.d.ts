import type { Protocol } from "../../core/listener.js";
/** A port or inclusive range as written, with where it was written. */
export interface PortToken {
    from: number;
    to: number;
    start: number;
    end: number;
}
export interface PortSpec {
    /** "" = all interfaces. Brackets of `[::1]` removed. */
    hostIp: string;
    /** Absent when no host port is given (the engine picks one at run time). */
    published?: PortToken;
    target: PortToken;
    protocol: Protocol;
    /** Where the host-port field is, even when empty (`::80`); absent when there is no ":". */
    hostField?: {
        start: number;
        end: number;
    };
}
/** One mapping, as compose-go's `ServicePortConfig` holds it. */
export interface PortMapping {
    hostIp: string;
    /** "" (no fixed host port), "8080", or a host range "8000-9000" kept for a single target. */
    published: string;
    target: number;
    protocol: Protocol;
    /** The tokens this mapping came from (a range token for every port of an expanded range). */
    targetToken: PortToken;
    publishedToken?: PortToken;
}
export type PortSpecError = {
    ok: false;
    /** go-connections' message (lower-case since v0.5.0). */
    error: string;
    /** `out-of-range`: the token is a whole number (or range of them) above 65535. */
    code: "malformed" | "out-of-range";
    /** The offending token, where a finding should point. */
    start: number;
    end: number;
};
export type PortSpecResult = {
    ok: true;
    spec: PortSpec;
    mappings: PortMapping[];
} | PortSpecError;
export declare function parsePortSpec(raw: string): PortSpecResult;
type RangeResult = {
    ok: true;
    token: PortToken;
} | {
    ok: false;
    outOfRange: boolean;
};
/** A port or range alone ("8080", "8000-9000"), as long-syntax `published` and `expose` hold it. */
export declare function parsePortRange(text: string): RangeResult;
export {};
