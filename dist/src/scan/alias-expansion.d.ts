import { type YamlDoc } from "./yaml-walk.js";
/** Expanded nodes allowed beyond the literal ones; real configs with anchors stay far below. */
export declare const EXPANSION_ALLOWANCE = 100000;
export interface Expansion {
    literal: number;
    expanded: number;
    /** Offset of the first alias, where a finding can point. */
    firstAlias?: number;
}
export declare function measureExpansion(ydoc: YamlDoc): Expansion;
export declare function isAliasBomb(expansion: Expansion): boolean;
