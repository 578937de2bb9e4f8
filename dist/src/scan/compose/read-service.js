// One service of one compose file, as the fields that decide its listeners: ports (short and long
// syntax), expose, environment, env_file, user, cap_add, sysctls, network_mode, image, profiles. Values are
// interpolated here, file by file, before merging (compose-spec `12-interpolation.md`).
import { isMap, isScalar, isSeq } from "yaml";
import { entries, items, mergeTag, resolve } from "./compose-yaml.js";
import { scalarValue } from "../yaml.js";
import { readField } from "./field.js";
import { isPortCompanionKey, isPortEnvKey } from "../env-port-key.js";
export const LONG_PORT_FIELDS = ["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"];
export function readService(name, node, reader) {
    const layer = {
        name,
        ports: [],
        expose: [],
        capAdd: [],
        sysctls: new Map(),
        environment: new Map(),
        envFiles: [],
        profiles: [],
        tags: {},
        invalid: [],
    };
    for (const entry of entries(node, reader.walk)) {
        if (!READ_KEYS.has(entry.key))
            continue;
        const tag = mergeTag(entry.written);
        if (tag && entry.key in TAGGABLE)
            layer.tags[entry.key] = tag;
        readKey(layer, entry.key, entry.value, reader);
    }
    return layer;
}
const TAGGABLE = { ports: true, expose: true, cap_add: true, sysctls: true, environment: true, env_file: true, profiles: true };
const READ_KEYS = new Set([...Object.keys(TAGGABLE), "image", "build", "user", "network_mode", "privileged"]);
function readKey(layer, key, value, reader) {
    switch (key) {
        case "image":
            layer.image = readField(value, reader.file, reader.lookup);
            return;
        case "build": {
            const build = readBuild(value, reader);
            if (build)
                layer.build = build;
            return;
        }
        case "user":
            layer.user = readField(value, reader.file, reader.lookup);
            return;
        case "network_mode":
            layer.networkMode = readField(value, reader.file, reader.lookup);
            return;
        case "privileged":
            layer.privileged = isScalar(value) && scalarValue(value) === true;
            return;
        case "ports":
            layer.ports = [];
            if (!isList(value))
                layer.ports.push({ kind: "invalid", ...notAList("ports", value, reader) });
            for (const item of items(value, reader.walk))
                layer.ports.push(readPort(item, reader));
            return;
        case "expose":
            layer.expose = scalarItems(value, reader);
            if (!isList(value))
                layer.invalid.push(notAList("expose", value, reader));
            return;
        case "cap_add":
            layer.capAdd = scalarItems(value, reader);
            return;
        case "profiles":
            layer.profiles = scalarItems(value, reader).flatMap((field) => (field.result.ok ? [field.result.value] : []));
            return;
        case "sysctls":
            layer.sysctls = readKeyValues(value, reader);
            return;
        case "environment":
            // Only port keys become listeners, and `*_HOST` keys say whose port it is; the rest (often
            // dozens) would be carried for nothing.
            layer.environment = readKeyValues(value, reader, (key) => isPortEnvKey(key) || isPortCompanionKey(key));
            return;
        case "env_file":
            layer.envFiles = envFilePaths(value, reader);
            return;
    }
}
function readBuild(node, reader) {
    const context = readField(node, reader.file, reader.lookup);
    if (context)
        return { context, inline: false };
    if (!isMap(resolve(node, reader.walk)))
        return undefined;
    const build = { inline: false };
    for (const entry of entries(node, reader.walk)) {
        if (entry.key === "dockerfile_inline")
            build.inline = true;
        if (entry.key !== "context" && entry.key !== "dockerfile" && entry.key !== "target")
            continue;
        const field = readField(entry.value, reader.file, reader.lookup);
        if (field)
            build[entry.key] = field;
    }
    return build;
}
/** `env_file: a.env`, `[a.env, b.env]` or `[{ path: a.env, required: false }]` (compose-spec `05-services.md`). */
function envFilePaths(node, reader) {
    const single = readField(node, reader.file, reader.lookup);
    if (single)
        return [single];
    return items(node, reader.walk).flatMap((item) => {
        const path = isMap(item) ? entries(item, reader.walk).find((entry) => entry.key === "path")?.value : item;
        const field = readField(path, reader.file, reader.lookup);
        return field ? [field] : [];
    });
}
function scalarItems(node, reader) {
    const fields = [];
    for (const item of items(node, reader.walk)) {
        const field = readField(item, reader.file, reader.lookup);
        if (field)
            fields.push(field);
    }
    return fields;
}
function readPort(node, reader) {
    if (isMap(node))
        return readLongPort(node, reader);
    const value = isScalar(node) ? scalarValue(node) : undefined;
    const isInteger = typeof value === "number" && Number.isInteger(value);
    const field = typeof value === "string" || isInteger ? readField(node, reader.file, reader.lookup) : undefined;
    if (field)
        return { kind: "short", field };
    // compose-go transform/ports.go: "invalid type %T for port".
    return { kind: "invalid", file: reader.file, node, reason: `invalid type for a port: ${typeName(node)}` };
}
/**
 * compose-spec.json `ports.items.oneOf[2]`: target an integer or a string (cast to an integer),
 * published a string or an integer, the rest strings; no other keys but `x-` extensions
 * (`additionalProperties: false`). Compose refuses the file otherwise, so each is a finding.
 */
function readLongPort(node, reader) {
    const fields = {};
    const invalid = [];
    for (const entry of entries(node, reader.walk)) {
        if (!LONG_PORT_FIELDS.includes(entry.key)) {
            if (!entry.key.startsWith("x-"))
                invalid.push({ file: reader.file, node: entry.keyNode, reason: `${entry.key} is not a field of a long-syntax port (${LONG_PORT_FIELDS.join(", ")})` });
            continue;
        }
        const key = entry.key;
        const numeric = key === "target" || key === "published";
        const value = isScalar(entry.value) ? scalarValue(entry.value) : undefined;
        const typed = typeof value === "string" || (numeric && typeof value === "number" && Number.isInteger(value));
        const field = typed ? readField(entry.value, reader.file, reader.lookup) : undefined;
        if (field)
            fields[key] = field;
        else
            invalid.push({ file: reader.file, node: entry.value ?? entry.keyNode, field: key, reason: `${key} must be ${numeric ? "a whole number or a string" : "a string"}, not ${typeName(entry.value)}` });
    }
    return { kind: "long", file: reader.file, node, fields, invalid };
}
/** A list, or nothing at all (`ports:` empty, `ports: !reset`): Compose takes both. */
function isList(node) {
    return node === undefined || isSeq(node) || mergeTag(node) === "reset" || (isScalar(node) && scalarValue(node) === null);
}
function notAList(key, node, reader) {
    return { file: reader.file, node: node, reason: `${key} must be a list, not ${typeName(node)}` };
}
/** How a value's YAML type is named in a finding. */
function typeName(node) {
    if (isSeq(node))
        return "a list";
    if (isMap(node))
        return "a mapping";
    const value = isScalar(node) ? scalarValue(node) : null;
    const tag = node?.tag;
    if (tag && !tag.startsWith("tag:yaml.org,2002:") && tag !== "!")
        return `a value tagged ${tag}`;
    if (tag === "tag:yaml.org,2002:binary")
        return "a !!binary value";
    if (value === null || value === undefined)
        return "an empty value";
    if (typeof value === "number")
        return Number.isInteger(value) ? "a number" : "a float";
    return typeof value === "boolean" ? "a boolean" : `a ${typeof value}`;
}
/**
 * `sysctls` and `environment` accept a map or a `KEY=VALUE` list (compose-go
 * `loader/tests/sysctls_test.go`); a list item's key is cut at the first "=" after interpolation.
 */
function readKeyValues(node, reader, keep = () => true) {
    const result = new Map();
    const resolved = resolve(node, reader.walk);
    if (isSeq(resolved)) {
        for (const field of scalarItems(resolved, reader)) {
            const text = field.result.ok ? field.result.value : field.raw;
            const eq = text.indexOf("=");
            const key = eq === -1 ? text : text.slice(0, eq);
            if (!keep(key))
                continue;
            result.set(key, eq === -1 ? { key, valueFrom: 0, inherited: inherit(key, field.node, reader) } : { key, field, valueFrom: eq + 1 });
        }
        return result;
    }
    for (const entry of entries(resolved, reader.walk)) {
        if (!keep(entry.key))
            continue;
        const field = readField(entry.value, reader.file, reader.lookup);
        result.set(entry.key, field ? { key: entry.key, field, valueFrom: 0 } : { key: entry.key, valueFrom: 0, inherited: inherit(entry.key, entry.keyNode, reader) });
    }
    return result;
}
function inherit(key, keyNode, reader) {
    return { value: reader.lookup(key), keyNode, file: reader.file };
}
