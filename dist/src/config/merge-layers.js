function registryKey(entry) {
    return `${entry.ports.from}-${entry.ports.to}/${entry.protocol ?? "any"}`;
}
function mergeRegistry(earlier, later) {
    const byKey = new Map(earlier.map((entry) => [registryKey(entry), entry]));
    for (const entry of later) {
        byKey.delete(registryKey(entry));
        byKey.set(registryKey(entry), entry);
    }
    const width = (entry) => entry.ports.to - entry.ports.from;
    return [...byKey.values()].sort((a, b) => width(a) - width(b));
}
/** A file reached twice (two packages extending the same base) must not list its entries twice. */
function withoutRepeats(entries) {
    const seen = new Set();
    return entries.filter((entry) => {
        const key = JSON.stringify(entry);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function mergeLayer(policy, layer) {
    return {
        rules: { ...policy.rules, ...layer.rules },
        ephemeral: layer.ephemeral ?? policy.ephemeral,
        runtime: { ...policy.runtime, ...layer.runtime },
        nodePortRange: layer.nodePortRange ?? policy.nodePortRange,
        registeredPorts: layer.registeredPorts ?? policy.registeredPorts,
        allowlist: withoutRepeats([...policy.allowlist, ...(layer.allowlist ?? [])]),
        orgRegistry: mergeRegistry(policy.orgRegistry, layer.orgRegistry ?? []),
        kubernetes: { ...policy.kubernetes, ...layer.kubernetes },
        publish: { ...policy.publish, ...layer.publish },
        ssh: layer.ssh ?? policy.ssh,
    };
}
/** Returns a new policy; the base (a preset) is never shared with the caller. */
export function mergeLayers(base, layers) {
    return layers.reduce(mergeLayer, structuredClone(base));
}
