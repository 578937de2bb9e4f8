import { type Document, type Node, type Scalar, type YAMLMap } from "yaml";
interface Anchored {
    offset: number;
    node: Node;
}
/** A document with its anchors indexed; every walker takes one. */
export interface YamlDoc {
    doc: Document.Parsed;
    anchors: ReadonlyMap<string, readonly Anchored[]>;
    /** Nodes written in the document (aliases count one): what alias budgets are relative to. */
    nodes: number;
}
/**
 * Keys written a second time in one mapping, once per mapping (a `---` left out between two
 * manifests repeats apiVersion, kind and metadata: one mistake, one finding); later pairs are kept.
 */
export interface DuplicateKey {
    /** The repeated keys, in order. */
    keys: string[];
    /** The first repeated key's second occurrence. */
    start: number;
    end: number;
    /** Where that key's first occurrence starts. */
    first: number;
}
/** An alias with no anchor of that name before it in its document (YAML 1.2 §7.1). */
export interface UndefinedAlias {
    name: string;
    start: number;
    end: number;
}
export interface IndexedDoc extends YamlDoc {
    duplicates: DuplicateKey[];
    undefinedAlias?: UndefinedAlias;
}
/**
 * One pass over a document in source order, with an explicit stack (no recursion, whatever the
 * depth): anchors indexed, aliases checked against the anchors before them, and duplicate keys
 * found with a hash per mapping (yaml's own check is quadratic) and removed, the later pair
 * kept as JSON decoders, kubectl's non-strict mode and docker-compose v1 keep it.
 */
export declare function indexDocument(doc: Document.Parsed): IndexedDoc;
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
