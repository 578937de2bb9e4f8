// Lookups in the IANA registry, the curated de-facto table and the Fetch bad-port list.
// The data (src/core/data/) is generated; it is loaded on first use, never at import time,
// so that commands which need no registry start fast.
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
}

/** Filled in by the registry data work (issue 2); the shapes above are the contract. */
export declare function ianaRecords(port: number, protocol?: Protocol): readonly RegistryRecord[];
