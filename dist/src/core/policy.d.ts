import type { RuleId, RuleSeverity } from "./catalogue.js";
import type { EphemeralProfileId } from "./ephemeral.js";
import type { Protocol } from "./listener.js";
import type { PortRange } from "./port-class.js";
import type { Runtime } from "./runtime.js";
export interface EphemeralSetting {
    profile: EphemeralProfileId;
    /**
     * Deprecated: the severity is no-ephemeral-port's own (`rules`). A config file that still sets
     * it sets that rule's severity (to-policy.ts); the checks never read it.
     */
    severity?: "error" | "warn";
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
/** Kubernetes Service types that a policy can forbid (kube-linter exposed-services, kube-score service-type). */
export type ServiceType = "NodePort" | "LoadBalancer";
export declare const SERVICE_TYPES: readonly ServiceType[];
/**
 * What a pod may open on its node, beyond its own network namespace. Each switch is off in
 * `recommended`: these are choices an organisation makes (Pod Security "baseline" forbids host
 * ports and host networking, OpenShift's restricted-v2 SCC rejects both), not mistakes.
 */
export interface KubernetesSwitches {
    /** `any`: every hostPort is fine; a list (possibly empty): only those host ports are (Polaris hostPortSet, Trivy KSV024). */
    allowedHostPorts: "any" | readonly PortRange[];
    /** `forbid`: `hostNetwork: true` is reported (Polaris hostNetworkSet, kube-linter host-network). */
    hostNetwork: "allow" | "forbid";
    /** Service types reported where they are set (kube-linter exposed-services). */
    forbiddenServiceTypes: readonly ServiceType[];
}
export interface PublishSwitches {
    /**
     * Compose ports must name the host address they publish on: `"8080:80"` publishes on every
     * interface (and Docker's iptables rules bypass host firewalls such as ufw), `127.0.0.1:8080:80`
     * on loopback only (dclint no-unbound-port-interfaces, KICS "not bound to host interface").
     */
    requireHostIp: boolean;
}
export interface Policy {
    rules: Readonly<Record<RuleId, RuleSeverity>>;
    /** OS ephemeral ranges that `no-ephemeral-port` checks below the IANA dynamic range. */
    ephemeral: readonly EphemeralSetting[];
    /** Runtime assumed for each kind of config; code and .env always run as plain processes. */
    runtime: {
        compose: Runtime;
        kubernetes: Runtime;
        actions: Runtime;
        dockerfile: Runtime;
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
    kubernetes: KubernetesSwitches;
    publish: PublishSwitches;
    /** `forbid`: a listener on 22/tcp is reported, SSH servers in containers being the usual reason (kube-linter ssh-port, Checkov CKV_DOCKER_1, Trivy DS004). */
    ssh: "allow" | "forbid";
}
