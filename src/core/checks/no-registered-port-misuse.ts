// no-registered-port-misuse: a listener on a port that IANA (or the org registry) gives to a
// different, identifiable service: nginx or an HTTP app on PostgreSQL's 5432, REDIS_PORT=5432.
// Both sides must be known: the listener's identity (image, framework, port name, env key) and
// an owner people actually run (src/core/data/products.ts). A product on one of its own ports
// (own-port.ts) is never misuse, and a TCP proxy is whatever it forwards. An obscure IANA owner
// (3000 hbci, 9999 distinct) is never named: nobody runs it, so nothing clashes. The strict
// preset (registeredPorts: "all") adds the de-facto default of infrastructure software (9092
// Kafka, 9090 Prometheus) where two programs really contend for one port: a host port, a process's
// bind or env port, never a container's own network namespace; and only where one product owns
// the port by convention (9000 is MinIO's, ClickHouse's, PHP-FPM's and SonarQube's: nobody's).
// Wording follows IANA's own caution: "registered to X", never "this is X traffic".
import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
import type { OrgRegistryEntry, Policy } from "../policy.js";
import { describeIdentity, identify, imageRepository, productByKey, productsOwningName } from "../identity.js";
import { inRange, portClass } from "../port-class.js";
import { assignedRecords, deFactoPortsOf, deFactoUses, ianaPortsByName } from "../registry.js";
import { isOwnPort } from "./own-port.js";
import { isFixedPort, listenerFinding, perListener } from "./listener-finding.js";

/** The identified product's own port (6379 for Redis), if it has one from 1024 up. */
function ownPortOf(key: string, protocol: Listener["protocol"]): number | undefined {
  const product = productByKey(key);
  const registered = product?.ianaNames.flatMap((name) => ianaPortsByName(name)).find((record) => record.protocol === protocol && record.from >= 1024);
  if (registered) return registered.from;
  return deFactoPortsOf(key, protocol)[0] ?? product?.ports?.find((port): port is number => typeof port === "number" && port >= 1024);
}

/**
 * Where to move: the product's own port, 8080 for HTTP, else any free port. A port name is only a
 * label: when nothing else names the listener (a Service's `name: http` on 5432, in front of
 * PostgreSQL pods), the name is the likelier mistake, so renaming is offered first.
 */
function advice(listener: Listener, keys: ReadonlySet<string>): string {
  const { image, framework, envKey, appProtocol, portName } = listener.identity;
  if (portName && !image && !framework && !envKey && !appProtocol) return `a port name that says what it serves, or ${moveTo(listener, keys, "8080")}`;
  return moveTo(listener, keys, "8080 or another free port");
}

function moveTo(listener: Listener, keys: ReadonlySet<string>, http: string): string {
  for (const key of keys) {
    if (key === "http") return http;
    const own = ownPortOf(key, listener.protocol);
    if (own !== undefined && own !== listener.port) return `${own}, its own port`;
  }
  return "another free port";
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

function proxyKind(keys: ReadonlySet<string>): "tcp" | "http" | undefined {
  for (const key of keys) {
    const proxy = productByKey(key)?.proxy;
    if (proxy) return proxy;
  }
  return undefined;
}

/** Ports that other programs on the same host or network namespace can also want. */
function sharesHostPorts(listener: Listener): boolean {
  return listener.role === "bind" || listener.role === "env" || listener.role === "published" || listener.privilege.network === "host";
}

/**
 * The one product that uses the port by convention (not a dev tool), unless the listener is it.
 * None in the dynamic range: nothing may claim a port there (RFC 6335 §8.1.2), and no-dynamic-port
 * already reports the listener (Jenkins's 50000, ActiveMQ's 61616).
 */
function deFactoOwner(listener: Listener, keys: ReadonlySet<string>): string | undefined {
  if (portClass(listener.port) === "dynamic") return undefined;
  const uses = deFactoUses(listener.port, listener.protocol).filter((use) => !use.dev);
  const products = new Set(uses.map((use) => use.product));
  const [use] = uses;
  if (products.size !== 1 || !use || (use.productKey !== undefined && keys.has(use.productKey))) return undefined;
  return use.product;
}

function ianaOwner(listener: Listener, keys: ReadonlySet<string>, policy: Policy): Record<string, string> | undefined {
  const proxy = proxyKind(keys);
  if (proxy === "tcp" || isOwnPort(listener, keys)) return undefined;
  for (const record of assignedRecords(listener.port, listener.protocol)) {
    const product = productsOwningName(record.name).find((candidate) => !keys.has(candidate.key));
    if (product) return { messageId: "registered", owner: product.label, service: record.name };
  }
  if (policy.registeredPorts !== "all" || proxy === "http" || !sharesHostPorts(listener)) return undefined;
  const owner = deFactoOwner(listener, keys);
  return owner ? { messageId: "deFacto", owner } : undefined;
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
