/** The pseudo file name for errors in command-line values (`--preset`). */
export const COMMAND_LINE = "(command line)";
/** "/allowlist/0/reason" → ["allowlist", "0", "reason"] (RFC 6901 unescaping). */
export function pointerSegments(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}
export function joinPointer(pointer, segment) {
    return `${pointer}/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
