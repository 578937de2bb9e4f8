// Validates one raw config against the published JSON Schema (the same object, built by
// config-schema.ts), then checks what a schema pattern cannot: ports above 65535 and ranges
// that end before they start.
import { createRequire } from "node:module";
import { parsePortRange, parsePortSpec } from "../core/parse-port.js";
import { joinPointer } from "./config-error.js";
import { buildConfigSchema, PORT_RANGE_PATTERN, PORT_SPEC_PATTERN } from "./config-schema.js";
import { firstTooDeep, MAX_CONFIG_DEPTH } from "./nesting-depth.js";
import { atPositions } from "./read-config-file.js";
import { schemaErrors, showValue } from "./schema-errors.js";
let compiled;
/**
 * Loaded and compiled on first use, once per process: importing ajv and compiling the schema
 * take about 40 ms each, which a run without any config file should not pay.
 */
function validator() {
    if (compiled)
        return compiled;
    const { Ajv } = createRequire(import.meta.url)("ajv");
    compiled = new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(buildConfigSchema());
    return compiled;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/**
 * Port values that have the schema's shape but not a port's meaning (70000, "9000-8000"). Runs
 * beside the schema, on the raw value, so that one run reports every problem; values of the
 * wrong shape are left to the schema's errors.
 */
function portErrors(value, file, prefix) {
    const errors = [];
    // `numbers`: a whole number is checked here as the port it is, where the schema sets no maximum.
    const check = (pointer, raw, pattern, parse, numbers = false) => {
        const text = numbers && Number.isInteger(raw) ? String(raw) : raw;
        if (typeof text !== "string" || !new RegExp(pattern).test(text))
            return;
        const parsed = parse(text);
        if (!parsed.ok)
            errors.push({ file, pointer: prefix + pointer, code: "badPortSpec", data: { value: showValue(raw), reason: parsed.error } });
    };
    if (!isRecord(value))
        return errors;
    check("/nodePortRange", value.nodePortRange, PORT_RANGE_PATTERN, parsePortRange);
    const allowlist = Array.isArray(value.allowlist) ? value.allowlist : [];
    for (const [index, entry] of allowlist.entries()) {
        if (isRecord(entry))
            check(`/allowlist/${index}/ports`, entry.ports, PORT_RANGE_PATTERN, parsePortRange);
    }
    const hostPorts = isRecord(value.kubernetes) && Array.isArray(value.kubernetes.hostPorts) ? value.kubernetes.hostPorts : [];
    for (const [index, entry] of hostPorts.entries())
        check(`/kubernetes/hostPorts/${index}`, entry, PORT_RANGE_PATTERN, parsePortRange, true);
    for (const key of Object.keys(isRecord(value.registry) ? value.registry : {})) {
        check(joinPointer("/registry", key), key, PORT_SPEC_PATTERN, parsePortSpec);
    }
    return [...errors, ...registryOverlaps(value.registry, file, prefix)];
}
/**
 * Two owners for one port: "9000-9099: observability" and "9050-9150: payments" overlap without
 * one containing the other (a service's own port inside its team's range is fine: narrowest wins).
 * This is no-duplicate-port for the org registry, caught where the registry is written.
 */
function registryOverlaps(registry, file, prefix) {
    if (!isRecord(registry))
        return [];
    const entries = Object.entries(registry).flatMap(([key, service]) => {
        const parsed = new RegExp(PORT_SPEC_PATTERN).test(key) ? parsePortSpec(key) : undefined;
        return parsed?.ok && typeof service === "string" ? [{ key, service, ...parsed.value }] : [];
    });
    const errors = [];
    entries.forEach((entry, index) => {
        const other = entries.slice(0, index).find((earlier) => {
            const sameProtocols = earlier.protocol === undefined || entry.protocol === undefined || earlier.protocol === entry.protocol;
            const overlap = earlier.from <= entry.to && entry.from <= earlier.to;
            const nested = (earlier.from <= entry.from && entry.to <= earlier.to) !== (entry.from <= earlier.from && earlier.to <= entry.to);
            return earlier.service !== entry.service && sameProtocols && overlap && !nested;
        });
        if (other) {
            errors.push({ file, pointer: prefix + joinPointer("/registry", entry.key), code: "registryOverlap", data: { value: entry.key, service: entry.service, other: other.key, otherService: other.service } });
        }
    });
    return errors;
}
/** In file order where positions are known, so the list reads top to bottom. */
function byPosition(a, b) {
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
export function validateConfig(raw) {
    const deep = firstTooDeep(raw.value);
    if (deep) {
        // Named by where the nesting starts (its first keys); no position: finding one walks the tree.
        const pointer = raw.prefix + deep.slice(0, 4).reduce(joinPointer, "");
        return { ok: false, errors: [{ file: raw.file, pointer, code: "tooDeep", data: { limit: MAX_CONFIG_DEPTH } }] };
    }
    const validate = validator();
    const shapeErrors = validate(raw.value) ? [] : schemaErrors(validate.errors ?? [], raw.file, raw.prefix);
    const errors = [...shapeErrors, ...portErrors(raw.value, raw.file, raw.prefix)];
    if (errors.length === 0)
        return { ok: true, config: raw.value };
    return { ok: false, errors: atPositions(raw, errors).sort(byPosition) };
}
