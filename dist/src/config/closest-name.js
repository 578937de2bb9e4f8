// "Did you mean …?" for a mistyped option, preset, format, config key or value: the known name
// nearest to what was typed, by edit distance (insertions, deletions, substitutions and swaps of
// two neighbours, case ignored), when it is near enough to be the likely intent. Far-off names
// get no suggestion: a wrong guess reads worse than none.
/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
function editDistance(a, b) {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            const row = rows[i];
            const above = rows[i - 1];
            row[j] = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
        }
    }
    return rows[a.length][b.length];
}
/** The nearest of `known` to `typed`, or undefined when none is within a third of its length (at least 1, at most 3 edits). */
export function closestName(typed, known) {
    const wanted = typed.toLowerCase();
    const limit = Math.min(3, Math.max(1, Math.floor(wanted.length / 3)));
    let best;
    for (const name of known) {
        if (name === typed)
            continue;
        const distance = editDistance(wanted, name.toLowerCase());
        if (distance <= limit && (!best || distance < best.distance))
            best = { name, distance };
    }
    return best?.name;
}
/** ` (did you mean "x"?)` for the nearest known name, or "" when there is none. */
export function didYouMean(typed, known, quote = '"') {
    const name = closestName(typed, known);
    return name === undefined ? "" : ` (did you mean ${quote}${name}${quote}?)`;
}
