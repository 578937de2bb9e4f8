// A Map with a size bound (oldest entry evicted first) and an optional time-to-live, for the
// per-process caches of file lookups: an editor's ESLint server runs for days over a changing
// tree, so entries expire (eslint-plugin-n keeps its file caches 5 s for the same reason) and the
// memory held stays bounded whatever the repository's size.
export class BoundedCache {
    maxEntries;
    ttlMs;
    #entries = new Map();
    constructor(maxEntries, ttlMs = Number.POSITIVE_INFINITY) {
        this.maxEntries = maxEntries;
        this.ttlMs = ttlMs;
    }
    get(key) {
        const entry = this.#entries.get(key);
        if (!entry)
            return undefined;
        if (Date.now() - entry.at > this.ttlMs) {
            this.#entries.delete(key);
            return undefined;
        }
        return entry.value;
    }
    has(key) {
        return this.get(key) !== undefined;
    }
    set(key, value) {
        this.#entries.delete(key);
        this.#entries.set(key, { value, at: Date.now() });
        if (this.#entries.size > this.maxEntries) {
            const oldest = this.#entries.keys().next();
            if (!oldest.done)
                this.#entries.delete(oldest.value);
        }
    }
    clear() {
        this.#entries.clear();
    }
}
