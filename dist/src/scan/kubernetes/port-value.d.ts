import { type Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
export type Span = [number, number];
/** A field of a mapping: where its key is, and its value node (aliases resolved). */
export interface FieldNode {
    keySpan: Span;
    value: Node | undefined;
}
export type PortValue = {
    kind: "number";
    port: number;
    span: Span;
    quoted: boolean;
} | {
    kind: "name";
    name: string;
    span: Span;
}
/** The key is missing, or its value is null (`hostPort: ~` means "not set" to the API). */
 | {
    kind: "absent";
    span?: Span;
}
/** A template or variable left in the text (`{{ .Values.port }}`, `${PORT}`): not a value yet. */
 | {
    kind: "unknown";
}
/** What the value is instead of a port, for the finding: "true (a boolean)", "a list". */
 | {
    kind: "invalid";
    what: string;
    span: Span;
};
/** `key` of a mapping with its key's position; merge keys (`<<`) are looked through. */
export declare function fieldAt(node: unknown, key: string, ydoc: YamlDoc, depth?: number): FieldNode | undefined;
/**
 * The value of a port field, typed as the API server reads it. Text that is still a template is
 * `unknown`: a scan of unrendered manifests must not report what rendering will fill in.
 */
export declare function readPortValue(field: FieldNode | undefined, ydoc: YamlDoc, text: string): PortValue;
/** Reads a field of `node`; shorthand for the common case. */
export declare function portField(node: unknown, key: string, ydoc: YamlDoc, text: string): PortValue;
