import type { RuleId, RuleSeverity } from "../core/catalogue.js";
import type { AllowEntry, EphemeralSetting, OrgRegistryEntry, Policy } from "../core/policy.js";
import type { PortRange } from "../core/port-class.js";
import type { UserConfig } from "./user-config.js";
export interface PolicyLayer {
    rules?: Partial<Record<RuleId, RuleSeverity>>;
    ephemeral?: readonly EphemeralSetting[];
    runtime?: Partial<Policy["runtime"]>;
    nodePortRange?: PortRange;
    registeredPorts?: Policy["registeredPorts"];
    allowlist?: readonly AllowEntry[];
    orgRegistry?: readonly OrgRegistryEntry[];
}
export declare function toPolicyLayer(config: UserConfig): PolicyLayer;
