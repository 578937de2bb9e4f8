/** Value of a variable, undefined when unset ("" is set but empty). */
export type Lookup = (name: string) => string | undefined;
/** Where a run of the output came from. Offsets: output [from, to), template [start, end). */
export interface Piece {
    from: number;
    to: number;
    start: number;
    end: number;
    /** `literal`: output characters are template characters one for one. */
    kind: "literal" | "variable" | "escape";
    /** Came from a default or an alternative (`${V:-8080}` with V unset). */
    fallback: boolean;
    variable?: string;
    /** A variable that is not set and has no default: its value ("") is not known. */
    unset?: boolean;
}
export interface Interpolated {
    ok: true;
    value: string;
    pieces: readonly Piece[];
    /** Variables read without a default that were unset, in order (compose warns once for each). */
    unset: readonly string[];
    /** Every variable name read. */
    variables: readonly string[];
    /** Some of the output came from a default or an alternative. */
    fallback: boolean;
}
export interface InterpolationError {
    ok: false;
    /** compose-go's message: `Invalid template: "${}"`, `required variable X is missing a value: m`. */
    error: string;
    kind: "invalid" | "required";
    /** The required variable (kind `required`). */
    variable?: string;
    /** The expression at fault, in template offsets. */
    start: number;
    end: number;
    variables: string[];
}
export type Interpolation = Interpolated | InterpolationError;
export declare function interpolate(template: string, lookup: Lookup): Interpolation;
/** A value with nothing to interpolate: one literal piece. */
export declare function literal(text: string): Interpolated;
/** Where output [from, to) came from in the template, and what it depended on. */
export interface SourceSpan {
    start: number;
    end: number;
    fallback: boolean;
    /** Unset variables (no default) the span depends on: its value is unknown. */
    unset: string[];
    /** Set variables whose value is in the span. */
    variables: string[];
}
/**
 * Maps an output range back to the template. Literal pieces map character for character (so the
 * default `8080` of `${PORT:-8080}` is found exactly); a variable's value maps to its whole
 * expression. An empty range picks up the empty pieces at its position (`${UNSET}:80` → ":80").
 */
export declare function sourceSpan(result: Interpolated, from: number, to: number): SourceSpan;
