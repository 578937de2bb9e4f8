import { type Document, type LineCounter } from "yaml";
export type Locate = (segments: readonly string[], part: "key" | "value") => {
    line: number;
    column: number;
} | undefined;
export declare function yamlLocator(document: Document, lineCounter: LineCounter): Locate;
