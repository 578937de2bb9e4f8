// no-registered-port-misuse: a listener on a port that IANA (or the org registry) gives to a
// different, identifiable service: nginx or an HTTP app on PostgreSQL's 5432, REDIS_PORT=5432.
// Both sides must be known: the listener's identity (image, framework, port name, env key) and
// an owner people actually run (src/core/data/products.ts). An obscure owner (3000 hbci) or a
// de-facto default (9092 Kafka) counts only when the policy says registeredPorts: "all" (strict).
// Wording follows IANA's own caution: "registered to X", never "this is X traffic".
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { OrgRegistryEntry, Policy } from "../policy.js";
import { describeIdentity, identify, imageRepository, productByKey, productsOwningName } from "../identity.js";
import { inRange } from "../port-class.js";
import { assignedRecords, deFactoPortsOf, deFactoUses, ianaPortsByName, type RegistryRecord } from "../registry.js";
import { isOwnPort } from "./own-port.js";
import { isFixedPort, listenerFinding, perListener } from "./listener-finding.js";

/** The identified product's own port (6379 for Redis), if it has one from 1024 up. */
function ownPortOf(key: string, protocol: Listener["protocol"]): number | undefined {
  const product = productByKey(key);
  const registered = product?.ianaNames.flatMap((name) => ianaPortsByName(name)).find((record) => record.protocol === protocol && record.from >= 1024);
  if (registered) return registered.from;
  return deFactoPortsOf(key, protocol)[0];
}

/** Where to move: the product's own port, 8080 for HTTP, else any free port. */
function advice(listener: Listener, keys: ReadonlySet<string>): string {
  for (const key of keys) {
    if (key === "http") return "8080 or another free port";
    const own = ownPortOf(key, listener.protocol);
    if (own !== undefined && own !== listener.port) return `${own}, its own port`;
  }
  return "another free port";
}

/** `"mmcc" (multimedia conference…)`: an obscure registration, its description cut at a word to fit one sentence. */
function obscureOwner(record: RegistryRecord): string {
  const { name, description } = record;
  const short = description.length <= 28 ? description : `${description.slice(0, 28).replace(/\s+\S*$/, "")}…`;
  const sameWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
  return short && sameWords(short) !== sameWords(name) ? `"${name}" (${short})` : `"${name}"`;
}

function orgOwner(listener: Listener, policy: Policy): OrgRegistryEntry | undefined {
  return policy.orgRegistry.find(
    (entry) => inRange(listener.port, entry.ports) && (entry.protocol === undefined || entry.protocol === listener.protocol),
  );
}

/** The org registry names internal services: match them against every name the listener has. */
function isOrgOwner(entry: OrgRegistryEntry, listener: Listener, keys: ReadonlySet<string>): boolean {
  const owner = entry.service.toLowerCase();
  const { name, image, envKey } = listener.identity;
  const names = [name, image && imageRepository(image), envKey?.replace(/_?PORT$/i, "").replace(/_/g, "-")];
  return keys.has(owner) || names.some((candidate) => {
    const lower = candidate?.toLowerCase();
    return lower !== undefined && (lower === owner || lower.endsWith(`/${owner}`));
  });
}

function ianaOwner(listener: Listener, keys: ReadonlySet<string>, policy: Policy): Record<string, string> | undefined {
  const records = assignedRecords(listener.port, listener.protocol);
  if (isOwnPort(listener, keys)) return undefined;
  for (const record of records) {
    const product = productsOwningName(record.name).find((candidate) => !keys.has(candidate.key));
    if (product) return { messageId: "registered", owner: product.label, service: record.name };
  }
  if (policy.registeredPorts !== "all") return undefined;
  const first = records[0];
  if (first) return { messageId: "registered", owner: obscureOwner(first), service: first.name };
  const deFacto = deFactoUses(listener.port, listener.protocol).find((use) => use.productKey === undefined || !keys.has(use.productKey));
  return deFacto ? { messageId: "deFacto", owner: deFacto.product } : undefined;
}

/** Org registry entries name internal services, so any name or image identifies the listener. */
function hasAnyName(listener: Listener): boolean {
  const { name, image, envKey } = listener.identity;
  return Boolean(name || image || (envKey && !/^PORT$/i.test(envKey)));
}

function check(listener: Listener, policy: Policy): Finding | undefined {
  const keys = identify(listener.identity);
  const org = orgOwner(listener, policy);
  if (org) {
    if (isOrgOwner(org, listener, keys) || (keys.size === 0 && !hasAnyName(listener))) return undefined;
    const identity = describeIdentity(listener.identity, keys);
    return listenerFinding("no-registered-port-misuse", "orgRegistered", listener, { owner: org.service, identity });
  }
  if (keys.size === 0) return undefined;
  const owner = ianaOwner(listener, keys, policy);
  if (!owner) return undefined;
  const { messageId, ...data } = owner;
  // Named only for a finding: describeIdentity parses the image reference again (~8 ms a scan).
  return listenerFinding("no-registered-port-misuse", messageId!, listener, {
    ...data,
    identity: describeIdentity(listener.identity, keys),
    advice: advice(listener, keys),
  });
}

export function noRegisteredPortMisuse(listeners: readonly Listener[], policy: Policy): Finding[] {
  return perListener(listeners, (listener) =>
    isFixedPort(listener) && listener.endPort === undefined && listener.role !== "node-port" ? check(listener, policy) : undefined,
  );
}
