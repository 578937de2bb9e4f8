import { isScalar, type Document, type LineCounter, type Scalar, type YAMLError } from "yaml";
export interface ParsedYaml {
    docs: Document.Parsed[];
    lines: LineCounter;
}
/**
 * Parse limits: aliases are expanded only through resolveAlias-aware walkers, never by toJS().
 *
 * Scalars are composed with the failsafe schema, as the strings they are written as; the few a
 * front end reads get their YAML 1.2 core-schema type from scalarValue(). Resolving every scalar
 * of every file (labels, commands, env values nobody asks for) was ~4% of the parse.
 *
 * A key written twice in one mapping is an error, as compose-go, kubectl and GitHub Actions make
 * it (Go's yaml.v3: "mapping key already defined"); a scan that took the first would check a file
 * none of them runs.
 */
export declare function parseYaml(text: string): ParsedYaml;
/**
 * A scalar's value as YAML 1.2's core schema gives it (what `yaml` returns by default): a plain
 * `8080` is a number, `true` a boolean, `~` or nothing null; quoted text stays a string. An
 * explicit tag (`!!int "8080"`) resolves the same way; `!!str`, or any other, keeps the text.
 */
export declare function scalarValue(node: Scalar): unknown;
/** A parse error as a parse-error finding's reason: "invalid YAML: …", one line. */
export declare function yamlErrorReason(error: YAMLError): string;
/**
 * Offsets of the part [from, to) of a scalar's value in the source, when the source spells the
 * value character for character (plain, or quoted without escapes). Otherwise the whole scalar.
 */
export declare function scalarSpan(node: Scalar, text: string, from?: number, to?: number): [number, number];
export { isScalar };
