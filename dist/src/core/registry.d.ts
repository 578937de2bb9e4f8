import type { Protocol } from "./listener.js";
/** One IANA row, as it applies to one port. */
export interface RegistryRecord {
    /** Service name; empty for unassigned or reserved rows. */
    name: string;
    description: string;
    /** Transport protocol of the row; empty when IANA gives none (most unassigned ranges). */
    protocol: Protocol | "dccp" | "";
    /** The row's port or range (6000–6063 for x11). */
    from: number;
    to: number;
    status: "assigned" | "unassigned" | "reserved";
    /** IANA's "Unauthorized Use Reported" text, when present. */
    unauthorizedUse?: string;
}
export interface DeFactoUse {
    port: number;
    protocol: Protocol;
    /** Product that uses the port by default: "Kafka". */
    product: string;
    /** Key into the product table (src/core/data/products.ts), when the product is there. */
    productKey?: string;
    note?: string;
    /** A development tool's default, shown by explain but never taken as the port's owner. */
    dev?: true;
}
export interface RegistrySnapshot {
    /** Newest registration or modification date in the CSV the data was built from (YYYY-MM-DD). */
    date: string;
    source: string;
}
/**
 * Every IANA row covering the port, in IANA's order: assigned, unassigned and reserved rows, ranges
 * included (6006 → x11 6000–6063). Without a protocol, rows of all protocols (dccp too).
 */
export declare function ianaRecords(port: number, protocol?: Protocol): readonly RegistryRecord[];
/** The assigned rows among ianaRecords(port, protocol), kept like them for the process. */
export declare function assignedRecords(port: number, protocol: Protocol): readonly RegistryRecord[];
/** The assigned service names for a port and protocol, in IANA's order (80/tcp → http, www, www-http). */
export declare function ianaServiceNames(port: number, protocol: Protocol): readonly string[];
/** IANA's "Unauthorized Use Reported" notes on the rows covering the port, without repeats. */
export declare function unauthorizedUse(port: number, protocol?: Protocol): readonly string[];
/**
 * Rows assigned to a service name, in IANA's order ("http" → 80/tcp, 80/udp, 80/sctp, …). Kept
 * for the process like the lookups by port: the registered-port advice asks it for every finding,
 * and a walk over all 14,000 rows each time was a fifth of a scan of 2,000 Dockerfiles.
 */
export declare function ianaPortsByName(name: string): readonly RegistryRecord[];
/** Software that uses the port by default without an IANA assignment (src/core/data/de-facto-ports.ts). */
export declare function deFactoUses(port: number, protocol?: Protocol): readonly DeFactoUse[];
/** The de-facto ports of a product in src/core/data/products.ts, in table order (kafka → 9092, 9093); dev tools' left out. */
export declare function deFactoPortsOf(productKey: string, protocol: Protocol): readonly number[];
/** Browsers refuse HTTP(S) requests to this port (Fetch standard "bad port"; Chrome: ERR_UNSAFE_PORT). */
export declare function isFetchBadPort(port: number): boolean;
export declare function registrySnapshot(): RegistrySnapshot;
