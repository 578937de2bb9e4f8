// How deep a config value nests, measured without recursion: a 100k-deep JSON config parses
// (JSON.parse does not recurse) but would overflow the stack of everything that walks it after
// (schema messages, the YAML locator, structuredClone). The deepest real config is 4 levels
// (allowlist → entry → rules → id); anything past the limit is refused before it is walked.

export const MAX_CONFIG_DEPTH = 32;

/** The path (keys) to the first value deeper than `limit`, or undefined when the value stays within it. */
export function firstTooDeep(value: unknown, limit = MAX_CONFIG_DEPTH): string[] | undefined {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= limit) return path;
    // A value that contains itself is infinitely deep; the limit stops the walk there too.
    for (const [key, child] of Object.entries(current)) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}
