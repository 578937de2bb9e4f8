// The JSON Schema of a port-policy config file, built from the same constants the checks use, so
// the published schema/port-policy.schema.json (written by scripts/build-config-schema.ts, kept
// equal by test/config/schema-file.test.ts) can never allow a rule, runtime or profile the core
// does not know. Draft-07: the newest draft that VS Code's JSON and YAML language servers support.
import { RULE_IDS } from "../core/catalogue.js";
import { EPHEMERAL_PROFILES } from "../core/ephemeral.js";
import { SERVICE_TYPES } from "../core/policy.js";
import { PRESETS } from "../core/presets/index.js";
import { RUNTIMES } from "../core/runtime.js";
import { PRESET_PREFIX } from "./user-config.js";
export const SCHEMA_URL = "https://raw.githubusercontent.com/port-policy/eslint-plugin-port-policy/main/schema/port-policy.schema.json";
/** A port or an inclusive range; values above 65535 and reversed ranges are caught after the schema. */
export const PORT_RANGE_PATTERN = "^[0-9]{1,5}(-[0-9]{1,5})?$";
/** A port or range with an optional protocol: "8443/tcp", "9000-9099". */
export const PORT_SPEC_PATTERN = "^[0-9]{1,5}(-[0-9]{1,5})?(/(tcp|udp|sctp))?$";
const SEVERITIES = ["error", "warn", "off"];
const PROTOCOLS = ["tcp", "udp", "sctp"];
function ruleSeverities() {
    return Object.fromEntries(RULE_IDS.map((id) => [id, { enum: SEVERITIES, description: `Severity of ${id}: error fails the run, warn reports, off disables.` }]));
}
function runtimes(kind) {
    return { enum: Object.keys(RUNTIMES), description: `The container runtime that runs ${kind}; decides whether non-root may bind below 1024.` };
}
export function buildConfigSchema() {
    const presets = Object.keys(PRESETS).map((name) => `${PRESET_PREFIX}${name}`);
    return {
        $schema: "http://json-schema.org/draft-07/schema#",
        $id: SCHEMA_URL,
        title: "port-policy configuration",
        description: "Shared by the port-policy scanner and eslint-plugin-port-policy. See docs/configuration.md.",
        type: "object",
        additionalProperties: false,
        properties: {
            $schema: { type: "string", description: "Path or URL of this schema, for editors." },
            extends: {
                type: ["string", "array"],
                items: { type: "string", minLength: 1 },
                minLength: 1,
                description: `Configs applied before this file, in order: built-in presets (${presets.join(", ")}), npm packages or relative paths. Default: ${PRESET_PREFIX}recommended.`,
                examples: presets,
            },
            rules: {
                type: "object",
                additionalProperties: false,
                properties: ruleSeverities(),
                description: "Rule severities; rules not named keep the severity from extends.",
            },
            runtime: {
                type: "object",
                additionalProperties: false,
                properties: {
                    compose: runtimes("compose services"),
                    kubernetes: runtimes("Kubernetes pods"),
                    actions: runtimes("GitHub Actions service containers"),
                    dockerfile: runtimes("images built from a Dockerfile that no compose service in the scan builds"),
                },
            },
            ephemeral: {
                type: "array",
                description: "Operating-system ephemeral ranges no-ephemeral-port checks below the IANA dynamic range (which no-dynamic-port checks); replaces the inherited list. Its severity is the rule's, in rules.",
                items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["profile"],
                    properties: {
                        profile: { enum: Object.keys(EPHEMERAL_PROFILES) },
                        severity: {
                            enum: ["error", "warn"],
                            deprecated: true,
                            description: "Deprecated: sets no-ephemeral-port's severity (the strictest of the list's) unless rules names the rule.",
                        },
                    },
                },
            },
            nodePortRange: {
                type: "string",
                pattern: PORT_RANGE_PATTERN,
                description: "kube-apiserver --service-node-port-range, e.g. 30000-32767.",
            },
            registeredPorts: {
                enum: ["well-known", "all"],
                description: "well-known: misuse of ports IANA registers to services people run; all: also de-facto defaults (Kafka 9092) on host ports.",
            },
            allowlist: {
                type: "array",
                description: "Ports that are allowed despite a rule, each with the reason reviewers will read.",
                items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["ports", "reason"],
                    properties: {
                        ports: { type: ["integer", "string"], minimum: 0, maximum: 65535, pattern: PORT_RANGE_PATTERN, description: "8080 or \"50000-50010\"." },
                        protocol: { enum: PROTOCOLS },
                        rules: { type: "array", items: { enum: [...RULE_IDS] }, description: "Rules silenced for these ports; absent: all rules." },
                        reason: { type: "string", pattern: "\\S", description: "Why the port is allowed; required and not blank." },
                    },
                },
            },
            kubernetes: {
                type: "object",
                additionalProperties: false,
                description: "What pods may open on their node. Off by default; port-policy:strict and port-policy:openshift turn host ports and host networking off.",
                properties: {
                    hostPorts: {
                        oneOf: [
                            { enum: ["any", "none"] },
                            // No maximum here: 70000 is reported once, as a port, by validate-config.ts, not as a failed oneOf.
                            { type: "array", items: { type: ["integer", "string"], minimum: 0, pattern: PORT_RANGE_PATTERN } },
                        ],
                        description: 'Host ports pods may use (valid-port): "any" (default), "none", or a list such as [80, 443, "9100-9110"].',
                    },
                    hostNetwork: { enum: ["allow", "forbid"], description: "forbid: report hostNetwork: true (valid-port). Default allow." },
                    forbiddenServiceTypes: {
                        type: "array",
                        items: { enum: [...SERVICE_TYPES] },
                        description: "Service types reported where they are set (valid-port), e.g. [NodePort, LoadBalancer]. Default none.",
                    },
                },
            },
            publish: {
                type: "object",
                additionalProperties: false,
                properties: {
                    requireHostIp: {
                        type: "boolean",
                        description: 'true: compose ports must name a host address ("127.0.0.1:8080:80"); "8080:80" publishes on every interface (valid-port). Default false; true in port-policy:strict.',
                    },
                },
            },
            ssh: { enum: ["allow", "forbid"], description: "forbid: report listeners on 22/tcp (valid-port). Default allow; forbid in port-policy:strict." },
            registry: {
                type: "object",
                description: "The org port registry: port or range (optionally /tcp, /udp, /sctp) → the internal service that owns it.",
                patternProperties: { [PORT_SPEC_PATTERN]: { type: "string", pattern: "\\S" } },
                additionalProperties: false,
            },
        },
    };
}
