import { type Product } from "./data/products.js";
import type { ServiceIdentity } from "./listener.js";
export declare function productByKey(key: string): Product | undefined;
/** Products whose IANA names include `name`. */
export declare function productsOwningName(name: string): readonly Product[];
/** `docker.io/library/postgres:16@sha256:…` → `postgres`; `ghcr.io/acme/api:1` → `acme/api`. */
export declare function imageRepository(image: string): string;
/** `ghcr.io/typeorm/docker:postgres-14.22-postgis` → `postgres-14.22-postgis`; no tag → "". */
export declare function imageTag(image: string): string;
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
export declare function identify(identity: ServiceIdentity): ReadonlySet<string>;
/** "nginx (HTTP)", "REDIS_PORT (Redis)", "the express server (HTTP)": how messages name the listener. */
export declare function describeIdentity(identity: ServiceIdentity, keys: ReadonlySet<string>): string;
