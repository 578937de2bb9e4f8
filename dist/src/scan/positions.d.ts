import { LineCounter } from "yaml";
import type { Origin } from "../core/listener.js";
/** Line starts of a text, in one pass. */
export declare function lineCounterFor(text: string): LineCounter;
export declare const ESLINT_LINE_BREAK: RegExp;
/** Line starts as ESLint counts lines in code, in one pass. */
export declare function eslintLineCounter(text: string): LineCounter;
/**
 * Line starts found on first use, in one pass over the text. yaml's LineCounter instead fills as
 * the lexer meets each newline, a callback per line of every file that cost ~2% of a scan, for
 * files whose positions are asked a few times or never.
 */
export declare function lazyLineCounter(text: string): LineCounter;
/** Origin of the text between two offsets; `end` is exclusive. */
export declare function originAt(file: string, lines: LineCounter, start: number, end: number, fallback?: boolean): Origin;
