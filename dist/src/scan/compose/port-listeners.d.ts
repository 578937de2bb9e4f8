import type { Privilege, ServiceIdentity } from "../../core/listener.js";
import type { FrontEndResult } from "../types.js";
import type { ServiceModel } from "./read-service.js";
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
