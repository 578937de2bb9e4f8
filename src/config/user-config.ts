// The config file as users write it (port-policy.config.yml, a package.json "portPolicy" key),
// after schema validation. to-policy.ts maps it onto the core Policy.
import type { RuleId, RuleSeverity } from "../core/catalogue.js";
import type { EphemeralSetting, ServiceType } from "../core/policy.js";
import type { Protocol } from "../core/listener.js";
import type { Runtime } from "../core/runtime.js";

export interface UserAllowEntry {
  /** 8080, "8080" or "50000-50010". */
  ports: number | string;
  protocol?: Protocol;
  rules?: RuleId[];
  reason: string;
}

export interface UserConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Partial<Record<RuleId, RuleSeverity>>;
  runtime?: Partial<Record<"compose" | "kubernetes" | "actions" | "dockerfile", Runtime>>;
  ephemeral?: EphemeralSetting[];
  /** "30000-32767". */
  nodePortRange?: string;
  registeredPorts?: "well-known" | "all";
  allowlist?: UserAllowEntry[];
  /** Port spec ("8443/tcp", "9000-9099") → owning service. */
  registry?: Record<string, string>;
  kubernetes?: {
    /** `any`, `none`, or the host ports allowed: [80, "9100-9110"]. */
    hostPorts?: "any" | "none" | Array<number | string>;
    hostNetwork?: "allow" | "forbid";
    forbiddenServiceTypes?: ServiceType[];
  };
  publish?: { requireHostIp?: boolean };
  ssh?: "allow" | "forbid";
}

export const PRESET_PREFIX = "port-policy:";
