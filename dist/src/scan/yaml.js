// YAML with positions: every document of a file, parsed as YAML 1.2 (so "8080:80" stays a string,
// no base-60), with offsets kept on every node.
import { parseAllDocuments, isScalar, Schema } from "yaml";
import { lazyLineCounter } from "./positions.js";
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
export function parseYaml(text) {
    const docs = parseAllDocuments(text, { version: "1.2", schema: "failsafe", prettyErrors: false });
    return { docs: Array.isArray(docs) ? docs : [], lines: lazyLineCounter(text) };
}
const CORE_TAGS = new Schema({ schema: "core" }).tags.filter((tag) => "test" in tag && tag.test instanceof RegExp);
/**
 * A scalar's value as YAML 1.2's core schema gives it (what `yaml` returns by default): a plain
 * `8080` is a number, `true` a boolean, `~` or nothing null; quoted text stays a string. An
 * explicit tag (`!!int "8080"`) resolves the same way; `!!str`, or any other, keeps the text.
 */
export function scalarValue(node) {
    const { value } = node;
    if (typeof value !== "string")
        return value;
    const explicit = node.tag;
    if (!explicit && node.type !== "PLAIN")
        return value;
    for (const tag of CORE_TAGS) {
        if ((explicit === undefined || tag.tag === explicit) && tag.test.test(value)) {
            const resolved = tag.resolve(value, () => undefined, {});
            return isScalar(resolved) ? resolved.value : resolved;
        }
    }
    return value;
}
/** A parse error as a parse-error finding's reason: "invalid YAML: …", one line. */
export function yamlErrorReason(error) {
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
export function scalarSpan(node, text, from = 0, to) {
    const [start, valueEnd] = node.range ?? [0, 0];
    const value = String(scalarValue(node));
    const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
    const inner = quoted ? start + 1 : start;
    const literal = text.slice(inner, inner + value.length) === value && (node.type === "PLAIN" || quoted);
    if (!literal)
        return [start, valueEnd];
    return [inner + from, inner + (to ?? value.length)];
}
export { isScalar };
