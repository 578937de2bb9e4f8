import type { RuleId, RuleSeverity } from "../core/catalogue.js";
import type { AllowEntry, EphemeralSetting, KubernetesSwitches, OrgRegistryEntry, Policy, PublishSwitches } from "../core/policy.js";
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
    kubernetes?: Partial<KubernetesSwitches>;
    publish?: Partial<PublishSwitches>;
    ssh?: Policy["ssh"];
}
export declare function toPolicyLayer(config: UserConfig): PolicyLayer;
