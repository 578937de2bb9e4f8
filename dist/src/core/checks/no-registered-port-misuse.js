import { describeIdentity, identify, imageRepository, productByKey, productsOwningName } from "../identity.js";
import { inRange } from "../port-class.js";
import { assignedRecords, deFactoPortsOf, deFactoUses, ianaPortsByName } from "../registry.js";
import { isOwnPort } from "./own-port.js";
import { isFixedPort, listenerFinding, perListener } from "./listener-finding.js";
/** The identified product's own port (6379 for Redis), if it has one from 1024 up. */
function ownPortOf(key, protocol) {
    const product = productByKey(key);
    const registered = product?.ianaNames.flatMap((name) => ianaPortsByName(name)).find((record) => record.protocol === protocol && record.from >= 1024);
    if (registered)
        return registered.from;
    return deFactoPortsOf(key, protocol)[0];
}
/** Where to move: the product's own port, 8080 for HTTP, else any free port. */
function advice(listener, keys) {
    for (const key of keys) {
        if (key === "http")
            return "8080 or another free port";
        const own = ownPortOf(key, listener.protocol);
        if (own !== undefined && own !== listener.port)
            return `${own}, its own port`;
    }
    return "another free port";
}
/** `"mmcc" (multimedia conference…)`: an obscure registration, its description cut at a word to fit one sentence. */
function obscureOwner(record) {
    const { name, description } = record;
    const short = description.length <= 28 ? description : `${description.slice(0, 28).replace(/\s+\S*$/, "")}…`;
    const sameWords = (text) => text.toLowerCase().replace(/[^a-z0-9]/g, "");
    return short && sameWords(short) !== sameWords(name) ? `"${name}" (${short})` : `"${name}"`;
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
function ianaOwner(listener, keys, policy) {
    const records = assignedRecords(listener.port, listener.protocol);
    if (isOwnPort(listener, keys))
        return undefined;
    for (const record of records) {
        const product = productsOwningName(record.name).find((candidate) => !keys.has(candidate.key));
        if (product)
            return { messageId: "registered", owner: product.label, service: record.name };
    }
    if (policy.registeredPorts !== "all")
        return undefined;
    const first = records[0];
    if (first)
        return { messageId: "registered", owner: obscureOwner(first), service: first.name };
    const deFacto = deFactoUses(listener.port, listener.protocol).find((use) => use.productKey === undefined || !keys.has(use.productKey));
    return deFacto ? { messageId: "deFacto", owner: deFacto.product } : undefined;
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
