// Who listens: turns a listener's hints (image, port name, app protocol, framework, env key,
// service name) into product keys from the curated table. An empty set means "not identifiable",
// and the registered-port check then stays quiet rather than guess.
import { APP_PROTOCOL_PRODUCTS, FRAMEWORK_PRODUCTS, GENERIC_IMAGE_NAMES, PRODUCTS } from "./data/products.js";
const BY_KEY = new Map(PRODUCTS.map((product) => [product.key, product]));
/** Lookup tables derived once from the product data: image path or bare name → products, word → products. */
function indexBy(values) {
    const index = new Map();
    for (const product of PRODUCTS)
        for (const value of values(product))
            index.set(value, [...(index.get(value) ?? []), product]);
    return index;
}
const BY_IMAGE = indexBy((product) => product.images);
const BY_ALIAS = indexBy((product) => product.aliases);
const BY_IANA_NAME = indexBy((product) => product.ianaNames);
export function productByKey(key) {
    return BY_KEY.get(key);
}
/** Products whose IANA names include `name`. */
export function productsOwningName(name) {
    return BY_IANA_NAME.get(name) ?? [];
}
/** `docker.io/library/postgres:16@sha256:…` → `postgres`; `ghcr.io/acme/api:1` → `acme/api`. */
export function imageRepository(image) {
    let ref = image.trim().toLowerCase();
    ref = ref.replace(/@sha256:[0-9a-f]+$/, "");
    const lastSlash = ref.lastIndexOf("/");
    const colon = ref.indexOf(":", lastSlash + 1);
    if (colon !== -1)
        ref = ref.slice(0, colon);
    const parts = ref.split("/");
    const first = parts[0] ?? "";
    if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost"))
        parts.shift();
    if (parts[0] === "library")
        parts.shift();
    return parts.join("/");
}
/** `ghcr.io/typeorm/docker:postgres-14.22-postgis` → `postgres-14.22-postgis`; no tag → "". */
export function imageTag(image) {
    const ref = image.trim().toLowerCase().replace(/@sha256:[0-9a-f]+$/, "");
    const colon = ref.indexOf(":", ref.lastIndexOf("/") + 1);
    return colon === -1 ? "" : ref.slice(colon + 1);
}
const GENERIC = new Set(GENERIC_IMAGE_NAMES);
const SUFFIXED = PRODUCTS.filter((product) => "imageSuffixes" in product);
/**
 * `bitnami/redis` matches the entry itself; `ghcr.io/acme/redis` matches the bare entry `redis`;
 * `quay.io/prometheus/prometheus` matches `prometheus/prometheus` by its trailing segments. A bare
 * entry that is also a plain word (`docker`) names the product only as the official image itself.
 * When the repository names nothing, a word of the tag may (`typeorm/docker:postgres-14` →
 * PostgreSQL): projects that keep one repository of test images name each image in its tag.
 */
function productsForImage(image) {
    const segments = imageRepository(image).split("/");
    const last = segments[segments.length - 1] ?? "";
    const found = new Set();
    for (let i = 0; i < segments.length; i++) {
        const suffix = segments.slice(i).join("/");
        if (i > 0 && i === segments.length - 1 && GENERIC.has(suffix))
            continue;
        for (const product of BY_IMAGE.get(suffix) ?? [])
            found.add(product);
    }
    for (const product of SUFFIXED)
        if (product.imageSuffixes.some((ending) => last.endsWith(ending)))
            found.add(product);
    if (found.size === 0) {
        for (const word of words(imageTag(image))) {
            if (!GENERIC.has(word))
                for (const product of BY_IMAGE.get(word) ?? [])
                    found.add(product);
        }
    }
    return [...found];
}
/** Words of a name: `ADMIN_HTTP_PORT` → admin, http, port. */
function words(name) {
    return name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function productsForWords(name) {
    const found = new Set();
    for (const word of words(name))
        for (const product of BY_ALIAS.get(word) ?? [])
            found.add(product);
    return [...found];
}
/** Env key hint: the words before `_PORT` (`REDIS_PORT` → redis); a bare `PORT` says nothing. */
function productsForEnvKey(key) {
    return productsForWords(key.replace(/_?PORT$/i, ""));
}
const identified = new Map();
/** An empty hint and an absent one mean the same to identify() (it tests truthiness). */
function below(level, hint) {
    const key = hint || "";
    let next = level.get(key);
    if (!next)
        level.set(key, (next = new Map()));
    return next;
}
/**
 * Product keys the listener can be, strongest hint first: image, framework, app protocol, port
 * name, env key, then the listener's name (when no image is given, and only when nothing else
 * names it or it names a product that speaks what the other hints name).
 * Each product adds the protocols it also speaks (Grafana → http).
 *
 * A pure function of static tables, asked for the same few identities again and again (three
 * checks per listener; an ESLint run per file), so answers are kept for the process, keyed by the
 * six hints in nested maps: the front ends build one identity object per port entry (18,000 for
 * 19,100 listeners on the bench corpus), so the object is no key, and a JSON.stringify key cost
 * ~20 ms a 10,000-file scan.
 */
export function identify(identity) {
    let keys = byObject.get(identity);
    if (!keys)
        byObject.set(identity, (keys = identifyByHints(identity)));
    return keys;
}
/** The same identity object is asked about by three checks in a row: one lookup, not six. */
const byObject = new WeakMap();
function identifyByHints(identity) {
    const { image, framework, appProtocol, portName, envKey, name } = identity;
    const leaf = below(below(below(below(below(identified, image), framework), appProtocol), portName), envKey);
    let keys = leaf.get(name || "");
    if (!keys)
        leaf.set(name || "", (keys = productKeys(identity)));
    return keys;
}
function productKeys(identity) {
    const found = [];
    if (identity.image)
        found.push(...productsForImage(identity.image));
    const framework = identity.framework && FRAMEWORK_PRODUCTS[identity.framework];
    if (framework)
        found.push(BY_KEY.get(framework));
    const appProtocol = identity.appProtocol && APP_PROTOCOL_PRODUCTS[identity.appProtocol.toLowerCase()];
    if (appProtocol)
        found.push(BY_KEY.get(appProtocol));
    if (identity.portName)
        found.push(...productsForWords(identity.portName));
    if (identity.envKey)
        found.push(...productsForEnvKey(identity.envKey));
    // The port name gives the protocol, the listener's name who speaks it: Service weaviate-ilb's
    // `grpc` port is Weaviate's. Only the product itself joins, not its other protocols.
    const speakers = identity.name && !identity.image && found.length > 0 ? productsForWords(identity.name).filter((product) => found.every((hint) => product.speaks?.includes(hint.key))) : [];
    if (found.length === 0 && identity.name && !identity.image)
        found.push(...productsForWords(identity.name));
    const keys = new Set();
    for (const product of found) {
        keys.add(product.key);
        for (const spoken of product.speaks ?? [])
            keys.add(spoken);
    }
    for (const product of speakers)
        keys.add(product.key);
    return keys;
}
/** "nginx (HTTP)", "REDIS_PORT (Redis)", "the express server (HTTP)": how messages name the listener. */
export function describeIdentity(identity, keys) {
    const first = [...keys][0];
    const label = first ? (BY_KEY.get(first)?.label ?? first) : "this service";
    if (identity.image)
        return `${imageRepository(identity.image)} (${label})`;
    if (identity.framework)
        return `the ${identity.framework} server (${label})`;
    if (identity.envKey)
        return `${identity.envKey} (${label})`;
    if (identity.portName)
        return `the port named "${identity.portName}" (${label})`;
    if (identity.name)
        return `${identity.name} (${label})`;
    return label;
}
