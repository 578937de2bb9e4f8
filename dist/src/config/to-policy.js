import { parsePortRange, parsePortSpec } from "../core/parse-port.js";
/** validate-config.ts has parsed every port already; failing here is a bug, not user input. */
function validated(result) {
    if (!result.ok)
        throw new Error(`port-policy bug: a validated config holds an invalid port (${result.error})`);
    return result.value;
}
function toAllowEntry(entry) {
    const ports = typeof entry.ports === "number" ? { from: entry.ports, to: entry.ports } : validated(parsePortRange(entry.ports));
    return {
        ports,
        ...(entry.protocol && { protocol: entry.protocol }),
        ...(entry.rules && { rules: [...entry.rules] }),
        reason: entry.reason,
    };
}
function toRegistryEntry([spec, service]) {
    const { from, to, protocol } = validated(parsePortSpec(spec));
    return { ports: { from, to }, ...(protocol && { protocol }), service };
}
export function toPolicyLayer(config) {
    return {
        ...(config.rules && { rules: { ...config.rules } }),
        ...(config.ephemeral && { ephemeral: config.ephemeral.map((setting) => ({ ...setting })) }),
        ...(config.runtime && { runtime: { ...config.runtime } }),
        ...(config.nodePortRange !== undefined && { nodePortRange: validated(parsePortRange(config.nodePortRange)) }),
        ...(config.registeredPorts && { registeredPorts: config.registeredPorts }),
        ...(config.allowlist && { allowlist: config.allowlist.map(toAllowEntry) }),
        ...(config.registry && { orgRegistry: Object.entries(config.registry).map(toRegistryEntry) }),
    };
}
