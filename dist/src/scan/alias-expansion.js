// "Billion laughs": nine anchors of ten aliases each expand to 10^9 nodes from a 1 KB file. The
// parser keeps aliases as references, so parsing is cheap; anything that expands them (toJS, a
// generic walk) is not. This measures the expanded size once, linearly (each anchored node's size
// is memoised), so a file can be refused before any front end touches it.
import { isAlias, isCollection, isPair } from "yaml";
import { deref } from "./yaml-walk.js";
/** Expanded nodes allowed beyond the literal ones; real configs with anchors stay far below. */
export const EXPANSION_ALLOWANCE = 100_000;
export function measureExpansion(ydoc) {
    const memo = new Map();
    const result = { literal: 0, expanded: 0 };
    const size = (node, literal) => {
        if (isAlias(node)) {
            if (result.firstAlias === undefined)
                result.firstAlias = node.range?.[0];
            if (literal)
                result.literal += 1;
            const target = deref(node, ydoc);
            if (!target)
                return 1;
            const known = memo.get(target);
            // An anchor still being measured (0: a self-referencing alias) counts as one node.
            return known === undefined ? size(target, false) : Math.max(known, 1);
        }
        if (isPair(node))
            return size(node.key, literal) + size(node.value, literal);
        if (!isCollection(node)) {
            if (literal && node)
                result.literal += 1;
            return 1;
        }
        const cached = memo.get(node);
        if (cached !== undefined && !literal)
            return cached;
        memo.set(node, 0);
        if (literal)
            result.literal += 1;
        let total = 1;
        for (const item of node.items)
            total = Math.min(total + size(item, literal), Number.MAX_SAFE_INTEGER);
        memo.set(node, total);
        return total;
    };
    result.expanded = size(ydoc.doc.contents, true);
    return result;
}
export function isAliasBomb(expansion) {
    return expansion.expanded > EXPANSION_ALLOWANCE + 20 * expansion.literal;
}
