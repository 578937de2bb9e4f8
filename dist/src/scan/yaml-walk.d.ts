import { type Document, type Node, type Scalar, type YAMLMap } from "yaml";
interface Anchored {
    offset: number;
    node: Node;
}
/** A document with its anchors indexed; every walker takes one. */
export interface YamlDoc {
    doc: Document.Parsed;
    anchors: ReadonlyMap<string, readonly Anchored[]>;
}
/** A document from a text without `&`: there is nothing an alias could name, so no walk is needed. */
export declare function anchorFreeDocument(doc: Document.Parsed): YamlDoc;
export declare function indexDocument(doc: Document.Parsed): YamlDoc;
/** Follows an alias to its node: the last anchor of that name before it (YAML 1.2 §7.1). */
export declare function deref(node: unknown, ydoc: YamlDoc): Node | undefined;
export declare function asMap(node: unknown, ydoc: YamlDoc): YAMLMap | undefined;
export declare function asScalar(node: unknown, ydoc: YamlDoc): Scalar | undefined;
/** Items of a sequence, aliases resolved; anything else gives no items. */
export declare function seqItems(node: unknown, ydoc: YamlDoc): Node[];
/** The value node of `key` in a mapping (merge keys `<<` consulted after the map's own keys). */
export declare function mapGet(node: unknown, key: string, ydoc: YamlDoc, depth?: number): Node | undefined;
/** Keys and value nodes of a mapping whose keys are scalars (merge keys not expanded). */
export declare function mapEntries(node: unknown, ydoc: YamlDoc): Array<[string, Node | undefined]>;
/** A scalar node's value, aliases resolved, typed as YAML's core schema gives it (see scalarValue). */
export declare function typedValue(node: unknown, ydoc: YamlDoc): unknown;
/** A scalar node's value as a string (numbers and booleans as written by String()); null gives none. */
export declare function textOf(node: unknown, ydoc: YamlDoc): string | undefined;
/** A scalar field's typed value. */
export declare function valueAt(node: unknown, key: string, ydoc: YamlDoc): unknown;
/** A scalar field's value as a string. */
export declare function stringAt(node: unknown, key: string, ydoc: YamlDoc): string | undefined;
export {};
