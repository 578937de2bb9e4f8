import { RULE_IDS } from "../../src/core/catalogue.js";
import { EPHEMERAL_PROFILES } from "../../src/core/ephemeral.js";
import { SERVICE_TYPES } from "../../src/core/policy.js";
import { MAX_PORT } from "../../src/core/port-class.js";
import { PRESETS } from "../../src/core/presets/index.js";
import { RUNTIMES } from "../../src/core/runtime.js";
const port = { type: "integer", minimum: 0, maximum: MAX_PORT };
const portRange = {
    type: "object",
    properties: { from: port, to: port },
    required: ["from", "to"],
    additionalProperties: false,
};
const protocol = { type: "string", enum: ["tcp", "udp", "sctp"] };
const runtime = { type: "string", enum: Object.keys(RUNTIMES) };
export const POLICY_OPTIONS_SCHEMA = {
    type: "object",
    additionalProperties: false,
    properties: {
        preset: { type: "string", enum: Object.keys(PRESETS), description: "Built-in policy to start from (default: recommended)." },
        ephemeral: {
            type: "array",
            description: "OS ephemeral ranges that no-ephemeral-port checks below IANA's 49152–65535 (the rule's severity is ESLint's; `severity` is accepted and ignored).",
            items: {
                type: "object",
                properties: { profile: { type: "string", enum: Object.keys(EPHEMERAL_PROFILES) }, severity: { type: "string", enum: ["error", "warn"] } },
                required: ["profile"],
                additionalProperties: false,
            },
        },
        runtime: {
            type: "object",
            description: "Runtime assumed for compose, Kubernetes and Actions (code always runs as a plain process).",
            properties: { compose: runtime, kubernetes: runtime, actions: runtime, dockerfile: runtime },
            additionalProperties: false,
        },
        nodePortRange: { ...portRange, description: "kube-apiserver --service-node-port-range." },
        registeredPorts: {
            type: "string",
            enum: ["well-known", "all"],
            description: "well-known: misuse of ports IANA registers to services people run; all: also de-facto defaults (Kafka 9092) on host ports.",
        },
        allowlist: {
            type: "array",
            description: "Ports that are allowed, each with the reason reviewers see.",
            items: {
                type: "object",
                properties: { ports: portRange, protocol, rules: { type: "array", items: { type: "string", enum: [...RULE_IDS] } }, reason: { type: "string", minLength: 1 } },
                required: ["ports", "reason"],
                additionalProperties: false,
            },
        },
        orgRegistry: {
            type: "array",
            description: "Your organisation's port registry: port ranges and the service that owns them.",
            items: {
                type: "object",
                properties: { ports: portRange, protocol, service: { type: "string", minLength: 1 } },
                required: ["ports", "service"],
                additionalProperties: false,
            },
        },
        ssh: { type: "string", enum: ["allow", "forbid"], description: "forbid: report listeners on 22/tcp (valid-port)." },
    },
};
/** The config-only switches a resolved Policy carries; code listeners never reach them. */
const CONFIG_SWITCHES = {
    kubernetes: {
        type: "object",
        properties: {
            allowedHostPorts: { anyOf: [{ type: "string", enum: ["any"] }, { type: "array", items: portRange }] },
            hostNetwork: { type: "string", enum: ["allow", "forbid"] },
            forbiddenServiceTypes: { type: "array", items: { type: "string", enum: [...SERVICE_TYPES] } },
        },
        additionalProperties: false,
    },
    publish: { type: "object", properties: { requireHostIp: { type: "boolean" } }, additionalProperties: false },
};
/**
 * settings["port-policy"] also takes a whole resolved Policy, as `portPolicySettings()` builds it
 * from the port-policy config file; its `rules` severities are for the scanner (ESLint's own
 * `rules`, e.g. from `portPolicyRules(policy)`, decide which rules run here).
 */
export const POLICY_SETTINGS_SCHEMA = {
    ...POLICY_OPTIONS_SCHEMA,
    properties: {
        ...POLICY_OPTIONS_SCHEMA.properties,
        ...CONFIG_SWITCHES,
        rules: { type: "object", additionalProperties: { type: "string", enum: ["error", "warn", "off"] } },
    },
};
