import type { Directive } from "../core/suppress.js";
export declare function parseDirectives(file: string, text: string): Directive[];
