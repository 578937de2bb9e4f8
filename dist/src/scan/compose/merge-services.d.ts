import type { ServiceLayer, ServiceModel } from "./read-service.js";
export declare function mergeService(base: ServiceModel | undefined, layer: ServiceLayer): ServiceModel;
/** Keeps the first position of each key; a later duplicate replaces the earlier item there (uncity.go). */
export declare function uniqueBy<T>(list: T[], key: (item: T) => string): T[];
/** A port item as compose-go's unicity pass sees it: a short string, or the long-syntax values. */
export type RawPort = string | number | {
    target?: unknown;
    published?: unknown;
    host_ip?: unknown;
    protocol?: unknown;
};
/** uncity.go `portIndexer`: short items by their text; long ones by host_ip:published:target/protocol. */
export declare function portKey(item: RawPort): string;
