import { type Node, type Scalar } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
/**
 * Nodes a compose file may reach through aliases and merges beyond 20 per node it writes (the
 * allowance alias-expansion.ts gives); real files use a few hundred.
 */
export declare const RESOLVE_BUDGET = 100000;
/** Merge keys whose merged maps merge further maps: real files chain two or three. */
export declare const MAX_MERGE_DEPTH = 32;
export interface Walk {
    ydoc: YamlDoc;
    left: number;
    /** Offset of the alias at which the budget ran out. */
    exhaustedAt?: number;
    /** Maps whose merge keys are being expanded: a map merging itself is cut, not followed. */
    merging: Set<Node>;
}
export declare function newWalk(ydoc: YamlDoc, budget?: number): Walk;
export interface Entry {
    key: string;
    keyNode: Scalar;
    /** The value as written (an alias stays an alias: its tag and position are the writer's). */
    written: unknown;
    value: Node | undefined;
}
/** Follows an alias, paying for it; any other node is itself. */
export declare function resolve(node: unknown, walk: Walk): Node | undefined;
/**
 * Entries of a mapping with YAML merge keys applied (yaml.org/type/merge): the map's own keys win,
 * then the merged maps in order, earlier ones first. Non-scalar keys are skipped.
 */
export declare function entries(node: unknown, walk: Walk): Entry[];
/** The value of `key` (merge keys consulted). */
export declare function get(node: unknown, key: string, walk: Walk): Entry | undefined;
/** Items of a sequence, aliases resolved, with each item as written (for its tag). */
export declare function items(node: unknown, walk: Walk): Node[];
/** `!reset` / `!override` on a value (compose-spec `13-merge.md`), as written. */
export declare function mergeTag(written: unknown): "reset" | "override" | undefined;
