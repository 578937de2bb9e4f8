import type { Privilege, ServiceIdentity } from "../../core/listener.js";
import type { Finding } from "../../core/finding.js";
import type { FrontEndResult } from "../types.js";
import type { InvalidValue, ServiceModel } from "./read-service.js";
export interface ServiceContext {
    identity: ServiceIdentity;
    privilege: Privilege;
    projectScope: string;
    containerScope: string;
    hostNetwork: boolean;
    profiles?: readonly string[];
    /** The policy's publish.requireHostIp: entries must name the host address they publish on. */
    requireHostIp?: boolean;
}
export declare function portListeners(service: ServiceModel, ctx: ServiceContext): FrontEndResult;
/** A value Compose refuses for its type, on the value as written. */
export declare function invalidValue(value: InvalidValue): Finding;
