export function mergeService(base, layer) {
    // A service's first file: only its own duplicates to drop (compose-go applies unicity to one file too).
    // The layer is this merge's own, fresh from readService, so it becomes the model.
    if (!base) {
        layer.ports = uniqueBy(layer.ports, portItemKey);
        layer.expose = uniqueBy(layer.expose, fieldText);
        layer.capAdd = uniqueBy(layer.capAdd, fieldText);
        layer.envFiles = uniqueBy(layer.envFiles, fieldText);
        return layer;
    }
    const merged = { ...base };
    const { tags } = layer;
    if (layer.image)
        merged.image = layer.image;
    // `build` is a mapping (a string is its context): merged key by key.
    if (layer.build)
        merged.build = base.build ? { ...base.build, ...definedKeys(layer.build), inline: base.build.inline || layer.build.inline } : layer.build;
    if (layer.user)
        merged.user = layer.user;
    if (layer.networkMode)
        merged.networkMode = layer.networkMode;
    if (layer.privileged !== undefined)
        merged.privileged = layer.privileged;
    merged.ports = uniqueBy(sequence(merged.ports, layer.ports, tags.ports), portItemKey);
    merged.expose = uniqueBy(sequence(merged.expose, layer.expose, tags.expose), fieldText);
    merged.capAdd = uniqueBy(sequence(merged.capAdd, layer.capAdd, tags.cap_add), fieldText);
    merged.profiles = [...new Set(sequence(merged.profiles, layer.profiles, tags.profiles))];
    merged.sysctls = mapping(merged.sysctls, layer.sysctls, tags.sysctls);
    merged.environment = mapping(merged.environment, layer.environment, tags.environment);
    merged.envFiles = uniqueBy(sequence(merged.envFiles, layer.envFiles, tags.env_file), fieldText);
    return merged;
}
function definedKeys(value) {
    return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}
function sequence(base, layer, tag) {
    return tag === "reset" ? [] : tag === "override" ? layer : [...base, ...layer];
}
function mapping(base, layer, tag) {
    if (tag === "reset")
        return new Map();
    if (tag === "override")
        return new Map(layer);
    return new Map([...base, ...layer]);
}
/** Keeps the first position of each key; a later duplicate replaces the earlier item there (uncity.go). */
export function uniqueBy(list, key) {
    if (list.length < 2)
        return list;
    const result = [];
    const index = new Map();
    for (const item of list) {
        const k = key(item);
        const at = index.get(k);
        if (at === undefined) {
            index.set(k, result.length);
            result.push(item);
        }
        else {
            result[at] = item;
        }
    }
    return result;
}
/** uncity.go `portIndexer`: short items by their text; long ones by host_ip:published:target/protocol. */
export function portKey(item) {
    if (typeof item === "string" || typeof item === "number")
        return String(item);
    const text = (value, fallback) => (value === undefined || value === null ? fallback : String(value));
    return `${text(item.host_ip, "0.0.0.0")}:${text(item.published, "")}:${text(item.target, "")}/${text(item.protocol, "tcp")}`;
}
function portItemKey(item) {
    if (item.kind === "short")
        return portKey(fieldText(item.field));
    // Items Compose refuses are each reported: never merged away as duplicates of one another.
    if (item.kind === "invalid" || (item.kind === "long" && item.invalid.length > 0))
        return `invalid@${item.file.path}:${item.node.range?.[0] ?? 0}`;
    const raw = {};
    for (const [name, field] of Object.entries(item.fields))
        raw[name] = fieldText(field);
    return portKey(raw);
}
function fieldText(field) {
    return field.result.ok ? field.result.value : field.raw;
}
