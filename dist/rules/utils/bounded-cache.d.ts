export declare class BoundedCache<K, V> {
    #private;
    private readonly maxEntries;
    private readonly ttlMs;
    constructor(maxEntries: number, ttlMs?: number);
    get(key: K): V | undefined;
    has(key: K): boolean;
    set(key: K, value: V): void;
    clear(): void;
}
