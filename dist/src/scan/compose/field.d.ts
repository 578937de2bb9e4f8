import { type Scalar } from "yaml";
import type { Origin } from "../../core/listener.js";
import type { FileContext } from "../file-context.js";
import { type Interpolation, type Lookup } from "./interpolate.js";
export interface Field {
    file: FileContext;
    node: Scalar;
    /** The value as compose reads it before interpolation (numbers in decimal). */
    raw: string;
    /** Only strings are interpolated; numbers pass through unchanged. */
    result: Interpolation;
}
export interface Placed {
    origin: Origin;
    /** The token came from a default or an alternative. */
    fallback: boolean;
    /** Unset variables without a default the token depends on: its value is unknown. */
    unset: string[];
}
/**
 * A field of a scalar node, or undefined for null and collections. Floats are kept as written, so
 * the port grammar rejects them as compose-go does ("invalid type float64").
 */
export declare function readField(node: unknown, file: FileContext, lookup: Lookup): Field | undefined;
/** The interpolated value, or undefined when interpolation failed. */
export declare function valueOf(field: Field): string | undefined;
/** Where output [from, to) of the field's value is in the file, and whether an example env file gave it. */
export declare function place(field: Field, from: number, to: number): Placed;
/** Where template [start, end) of the raw value is in the file. */
export declare function spanOrigin(field: Field, start: number, end: number, fallback: boolean): Origin;
/** The whole scalar, as written (quotes excluded). */
export declare function wholeOrigin(field: Field): Origin;
/** Where an unset variable's expression is, for the `unresolved` finding. */
export declare function variableOrigin(field: Field, variable: string): Origin;
