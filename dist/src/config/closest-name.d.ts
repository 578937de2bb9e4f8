/** The nearest of `known` to `typed`, or undefined when none is within a third of its length (at least 1, at most 3 edits). */
export declare function closestName(typed: string, known: Iterable<string>): string | undefined;
/** ` (did you mean "x"?)` for the nearest known name, or "" when there is none. */
export declare function didYouMean(typed: string, known: Iterable<string>, quote?: string): string;
