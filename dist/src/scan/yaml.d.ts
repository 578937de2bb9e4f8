import { isScalar, type Document, type LineCounter, type Scalar, type YAMLError } from "yaml";
/**
 * Collections nested deeper than this are not composed. yaml composes recursively: from an empty
 * stack it overflows at about 390 nested flow sequences, and once it has overflowed, the next
 * regular expression V8 compiles near the stack limit aborts the whole process (not a catchable
 * error). Real manifests, CRD schemas included, stay below 100.
 */
export declare const MAX_DEPTH = 256;
export interface ParsedYaml {
    docs: Document.Parsed[];
    lines: LineCounter;
    /** The text the documents' offsets are into: the input, or it with quoted scalars re-indented. */
    text: string;
    /** Why the text could not be composed, when it could not; offsets into the text. */
    problem?: YamlProblem;
}
export interface YamlProblem {
    reason: string;
    start: number;
    end: number;
}
/**
 * Parse limits: aliases are expanded only through resolveAlias-aware walkers, never by toJS().
 * A lone CR (old Mac line end) is a line break to YAML 1.2 (§5.4) but not to yaml's lexer; it is
 * read as LF, which keeps every offset. A quoted scalar indented as yaml.v3 takes it but yaml
 * does not is re-indented and parsed again: then `text` is that text (lines keep their numbers,
 * and only the re-indented lines their columns), and the documents' offsets are into it.
 */
export declare function parseYaml(text: string): ParsedYaml;
/**
 * A scalar's value as YAML 1.2's core schema gives it (what `yaml` returns by default): a plain
 * `8080` is a number, `true` a boolean, `~` or nothing null; quoted text stays a string. An
 * explicit tag (`!!int "8080"`) resolves the same way; `!!str`, or any other, keeps the text.
 */
export declare function scalarValue(node: Scalar): unknown;
/**
 * A plain scalar no core-schema tag can take, so `nginx`, `TCP` or `apiVersion` need no test
 * at all: most scalars a scan reads are such text. (Character codes, not a regular expression:
 * this runs for nearly every scalar read.)
 */
export declare function isPlainText(value: string): boolean;
/** A parse error as a parse-error finding's reason: "invalid YAML: …", one line. */
export declare function yamlErrorReason(error: YAMLError): string;
/**
 * Offsets of the part [from, to) of a scalar's value in the source, when the source spells the
 * value character for character (plain, or quoted without escapes). Otherwise the whole scalar.
 */
export declare function scalarSpan(node: Scalar, text: string, from?: number, to?: number): [number, number];
export { isScalar };
