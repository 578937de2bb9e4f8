// Applies layers in order over a base policy. Later layers win per key (rules, runtime and the
// kubernetes and publish switches merge key by key; ephemeral, nodePortRange, registeredPorts and
// ssh are replaced), allowlists add up, and
// a registry entry for the same ports and protocol replaces the earlier one. The check takes the
// first registry entry that covers a port, so entries are ordered narrowest first: a service's
// own port beats the team range around it.
import type { OrgRegistryEntry, Policy } from "../core/policy.js";
import type { PolicyLayer } from "./to-policy.js";

function registryKey(entry: OrgRegistryEntry): string {
  return `${entry.ports.from}-${entry.ports.to}/${entry.protocol ?? "any"}`;
}

function mergeRegistry(earlier: readonly OrgRegistryEntry[], later: readonly OrgRegistryEntry[]): OrgRegistryEntry[] {
  const byKey = new Map(earlier.map((entry) => [registryKey(entry), entry]));
  for (const entry of later) {
    byKey.delete(registryKey(entry));
    byKey.set(registryKey(entry), entry);
  }
  const width = (entry: OrgRegistryEntry) => entry.ports.to - entry.ports.from;
  return [...byKey.values()].sort((a, b) => width(a) - width(b));
}

/** A file reached twice (two packages extending the same base) must not list its entries twice. */
function withoutRepeats<T>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = JSON.stringify(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function mergeLayer(policy: Policy, layer: PolicyLayer): Policy {
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
export function mergeLayers(base: Policy, layers: readonly PolicyLayer[]): Policy {
  return layers.reduce(mergeLayer, structuredClone(base));
}
