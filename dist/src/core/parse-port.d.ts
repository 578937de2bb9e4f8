import { type PortRange } from "./port-class.js";
import type { Protocol } from "./listener.js";
export type ParseResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    error: string;
};
export declare function isProtocol(value: string): value is Protocol;
/** A decimal port 0–65535; no signs, no spaces, no hex, no exponent. */
export declare function parsePort(text: string): ParseResult<number>;
/** "8000" or "8000-8010" (inclusive, ascending). */
export declare function parsePortRange(text: string): ParseResult<PortRange>;
/** "5432", "5432/tcp", "6000-6063/udp"; the protocol is absent when not written. */
export declare function parsePortSpec(text: string): ParseResult<PortRange & {
    protocol?: Protocol;
}>;
