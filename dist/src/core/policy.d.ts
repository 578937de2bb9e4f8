import type { RuleId, RuleSeverity } from "./catalogue.js";
import type { EphemeralProfileId } from "./ephemeral.js";
import type { Protocol } from "./listener.js";
import type { PortRange } from "./port-class.js";
import type { Runtime } from "./runtime.js";
export interface EphemeralSetting {
    profile: EphemeralProfileId;
    severity: "error" | "warn";
}
export interface AllowEntry {
    ports: PortRange;
    protocol?: Protocol;
    /** Rules the entry silences; absent: all rules. */
    rules?: readonly RuleId[];
    /** Why the port is allowed; required so that reviewers see it. */
    reason: string;
}
export interface OrgRegistryEntry {
    ports: PortRange;
    protocol?: Protocol;
    /** The internal service that owns the port(s), compared like an IANA service name. */
    service: string;
}
export interface Policy {
    rules: Readonly<Record<RuleId, RuleSeverity>>;
    /** Ephemeral ranges that `no-dynamic-port` checks besides the IANA dynamic range. */
    ephemeral: readonly EphemeralSetting[];
    /** Runtime assumed for each kind of config; code and .env always run as plain processes. */
    runtime: {
        compose: Runtime;
        kubernetes: Runtime;
        actions: Runtime;
    };
    /** kube-apiserver --service-node-port-range. */
    nodePortRange: PortRange;
    /**
     * `well-known`: report registered-port misuse only when IANA registers the port to a service
     * people run (PostgreSQL, Redis, HTTP…); `all`: also the de-facto default of infrastructure
     * software (Kafka 9092) where two programs contend for the port (host ports, binds, env ports).
     * Obscure IANA owners (3000 hbci) count in neither: nobody runs them, so nothing clashes.
     */
    registeredPorts: "well-known" | "all";
    allowlist: readonly AllowEntry[];
    orgRegistry: readonly OrgRegistryEntry[];
}
