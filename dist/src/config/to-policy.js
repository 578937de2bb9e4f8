import { parsePortRange, parsePortSpec } from "../core/parse-port.js";
/** validate-config.ts has parsed every port already; failing here is a bug, not user input. */
function validated(result) {
    if (!result.ok)
        throw new Error(`port-policy bug: a validated config holds an invalid port (${result.error})`);
    return result.value;
}
function toPortRange(value) {
    return typeof value === "number" ? { from: value, to: value } : validated(parsePortRange(value));
}
function toAllowEntry(entry) {
    const ports = toPortRange(entry.ports);
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
function toKubernetes(config) {
    const { hostPorts, hostNetwork, forbiddenServiceTypes } = config;
    return {
        ...(hostPorts !== undefined && { allowedHostPorts: hostPorts === "any" ? "any" : hostPorts === "none" ? [] : hostPorts.map(toPortRange) }),
        ...(hostNetwork && { hostNetwork }),
        ...(forbiddenServiceTypes && { forbiddenServiceTypes: [...new Set(forbiddenServiceTypes)] }),
    };
}
/**
 * Before no-ephemeral-port was split from no-dynamic-port, each `ephemeral` profile carried the
 * severity of its findings. A file that still writes one keeps its meaning: it sets the new
 * rule's severity, the strictest of its profiles' (one rule has one severity, as in ESLint),
 * unless the same file names the rule in `rules`, which wins. The profiles are kept as written.
 */
function rulesOf(config) {
    const legacy = config.ephemeral?.map((setting) => setting.severity).filter((severity) => severity !== undefined) ?? [];
    const fromProfiles = legacy.length > 0 ? { "no-ephemeral-port": legacy.includes("error") ? "error" : "warn" } : {};
    const rules = { ...fromProfiles, ...config.rules };
    return Object.keys(rules).length > 0 ? rules : undefined;
}
export function toPolicyLayer(config) {
    const rules = rulesOf(config);
    return {
        ...(rules && { rules }),
        ...(config.ephemeral && { ephemeral: config.ephemeral.map((setting) => ({ ...setting })) }),
        ...(config.runtime && { runtime: { ...config.runtime } }),
        ...(config.nodePortRange !== undefined && { nodePortRange: validated(parsePortRange(config.nodePortRange)) }),
        ...(config.registeredPorts && { registeredPorts: config.registeredPorts }),
        ...(config.allowlist && { allowlist: config.allowlist.map(toAllowEntry) }),
        ...(config.registry && { orgRegistry: Object.entries(config.registry).map(toRegistryEntry) }),
        ...(config.kubernetes && { kubernetes: toKubernetes(config.kubernetes) }),
        ...(config.publish && { publish: { ...config.publish } }),
        ...(config.ssh && { ssh: config.ssh }),
    };
}
