import { describeIdentity, identify, imageRepository, productByKey, productsOwningName } from "../identity.js";
import { inRange, portClass } from "../port-class.js";
import { assignedRecords, deFactoPortsOf, deFactoUses, ianaPortsByName } from "../registry.js";
import { isOwnPort } from "./own-port.js";
import { isFixedPort, listenerFinding, perListener } from "./listener-finding.js";
/** The identified product's own port (6379 for Redis), if it has one from 1024 up. */
function ownPortOf(key, protocol) {
    const product = productByKey(key);
    const registered = product?.ianaNames.flatMap((name) => ianaPortsByName(name)).find((record) => record.protocol === protocol && record.from >= 1024);
    if (registered)
        return registered.from;
    return deFactoPortsOf(key, protocol)[0] ?? product?.ports?.find((port) => typeof port === "number" && port >= 1024);
}
/**
 * Where to move: the product's own port, 8080 for HTTP, else any free port. A port name is only a
 * label: when nothing else names the listener (a Service's `name: http` on 5432, in front of
 * PostgreSQL pods), the name is the likelier mistake, so renaming is offered first.
 */
function advice(listener, keys) {
    const { image, framework, envKey, appProtocol, portName } = listener.identity;
    if (portName && !image && !framework && !envKey && !appProtocol)
        return `a port name that says what it serves, or ${moveTo(listener, keys, "8080")}`;
    return moveTo(listener, keys, "8080 or another free port");
}
function moveTo(listener, keys, http) {
    for (const key of keys) {
        if (key === "http")
            return http;
        const own = ownPortOf(key, listener.protocol);
        if (own !== undefined && own !== listener.port)
            return `${own}, its own port`;
    }
    return "another free port";
}
function orgOwner(listener, policy) {
    return policy.orgRegistry.find((entry) => inRange(listener.port, entry.ports) && (entry.protocol === undefined || entry.protocol === listener.protocol));
}
/** The org registry names internal services: match them against every name the listener has. */
function isOrgOwner(entry, listener, keys) {
    const owner = entry.service.toLowerCase();
    const { name, image, envKey } = listener.identity;
    const names = [name, image && imageRepository(image), envKey?.replace(/_?PORT$/i, "").replace(/_/g, "-")];
    return keys.has(owner) || names.some((candidate) => {
        const lower = candidate?.toLowerCase();
        return lower !== undefined && (lower === owner || lower.endsWith(`/${owner}`));
    });
}
function proxyKind(keys) {
    for (const key of keys) {
        const proxy = productByKey(key)?.proxy;
        if (proxy)
            return proxy;
    }
    return undefined;
}
/** Ports that other programs on the same host or network namespace can also want. */
function sharesHostPorts(listener) {
    return listener.role === "bind" || listener.role === "env" || listener.role === "published" || listener.privilege.network === "host";
}
/**
 * The one product that uses the port by convention (not a dev tool), unless the listener is it.
 * None in the dynamic range: nothing may claim a port there (RFC 6335 §8.1.2), and no-dynamic-port
 * already reports the listener (Jenkins's 50000, ActiveMQ's 61616).
 */
function deFactoOwner(listener, keys) {
    if (portClass(listener.port) === "dynamic")
        return undefined;
    const uses = deFactoUses(listener.port, listener.protocol).filter((use) => !use.dev);
    const products = new Set(uses.map((use) => use.product));
    const [use] = uses;
    if (products.size !== 1 || !use || (use.productKey !== undefined && keys.has(use.productKey)))
        return undefined;
    return use.product;
}
function ianaOwner(listener, keys, policy) {
    const proxy = proxyKind(keys);
    if (proxy === "tcp" || isOwnPort(listener, keys))
        return undefined;
    for (const record of assignedRecords(listener.port, listener.protocol)) {
        const product = productsOwningName(record.name).find((candidate) => !keys.has(candidate.key));
        if (product)
            return { messageId: "registered", owner: product.label, service: record.name };
    }
    if (policy.registeredPorts !== "all" || proxy === "http" || !sharesHostPorts(listener))
        return undefined;
    const owner = deFactoOwner(listener, keys);
    return owner ? { messageId: "deFacto", owner } : undefined;
}
/** Org registry entries name internal services, so any name or image identifies the listener. */
function hasAnyName(listener) {
    const { name, image, envKey } = listener.identity;
    return Boolean(name || image || (envKey && !/^PORT$/i.test(envKey)));
}
function check(listener, policy) {
    const keys = identify(listener.identity);
    const org = orgOwner(listener, policy);
    if (org) {
        if (isOrgOwner(org, listener, keys) || (keys.size === 0 && !hasAnyName(listener)))
            return undefined;
        const identity = describeIdentity(listener.identity, keys);
        return listenerFinding("no-registered-port-misuse", "orgRegistered", listener, { owner: org.service, identity });
    }
    if (keys.size === 0)
        return undefined;
    const owner = ianaOwner(listener, keys, policy);
    if (!owner)
        return undefined;
    const { messageId, ...data } = owner;
    // Named only for a finding: describeIdentity parses the image reference again (~8 ms a scan).
    return listenerFinding("no-registered-port-misuse", messageId, listener, {
        ...data,
        identity: describeIdentity(listener.identity, keys),
        advice: advice(listener, keys),
    });
}
export function noRegisteredPortMisuse(listeners, policy) {
    return perListener(listeners, (listener) => isFixedPort(listener) && listener.endPort === undefined && listener.role !== "node-port" ? check(listener, policy) : undefined);
}
