// YAML with positions: every document of a file, parsed as YAML 1.2 (so "8080:80" stays a string,
// no base-60), with offsets kept on every node.
import { parseAllDocuments, isScalar, type Document, type LineCounter, type Scalar, type YAMLError } from "yaml";
import { lazyLineCounter } from "./positions.js";

export interface ParsedYaml {
  docs: Document.Parsed[];
  lines: LineCounter;
}

/**
 * Parse limits: aliases are expanded only through resolveAlias-aware walkers, never by toJS().
 * A key written twice in one mapping is an error, as compose-go, kubectl and GitHub Actions make
 * it (Go's yaml.v3: "mapping key already defined"); a scan that took the first would check a file
 * none of them runs.
 */
export function parseYaml(text: string): ParsedYaml {
  const docs = parseAllDocuments(text, { version: "1.2", prettyErrors: false });
  return { docs: Array.isArray(docs) ? docs : [], lines: lazyLineCounter(text) };
}

/** A parse error as a parse-error finding's reason: "invalid YAML: …", one line. */
export function yamlErrorReason(error: YAMLError): string {
  if (error.code === "DUPLICATE_KEY") {
    return "invalid YAML: a key appears twice in one mapping, which Compose, kubectl and GitHub Actions refuse";
  }
  const message = error.message.split("\n")[0] ?? error.message;
  return `invalid YAML: ${message.replace(/\.$/, "")}`;
}

/**
 * Offsets of the part [from, to) of a scalar's value in the source, when the source spells the
 * value character for character (plain, or quoted without escapes). Otherwise the whole scalar.
 */
export function scalarSpan(node: Scalar, text: string, from = 0, to?: number): [number, number] {
  const [start, valueEnd] = node.range ?? [0, 0];
  const value = String(node.value);
  const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
  const inner = quoted ? start + 1 : start;
  const literal = text.slice(inner, inner + value.length) === value && (node.type === "PLAIN" || quoted);
  if (!literal) return [start, valueEnd];
  return [inner + from, inner + (to ?? value.length)];
}

export { isScalar };
