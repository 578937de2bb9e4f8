/**
 * The text with the continuation lines of the quoted scalar opening at `quote` indented to the
 * quote's column, or undefined when the scalar has no closing quote or holds a document marker.
 */
export declare function reindentQuoted(text: string, quote: number): string | undefined;
