import type { Privilege, UserKind } from "../../core/listener.js";
import { type Field } from "./field.js";
import type { ServiceModel } from "./read-service.js";
export declare const UNPRIVILEGED_PORT_START = "net.ipv4.ip_unprivileged_port_start";
export interface ServiceNetwork {
    privilege: Privilege;
    /** Scope of the container's own ports: its namespace, or the project's for host networking. */
    containerScope: string;
    hostNetwork: boolean;
}
export declare function serviceNetwork(service: ServiceModel, project: string): ServiceNetwork;
/** `uid[:gid]` or `name[:group]`: 0 and root are root, any other uid or name is not. */
export declare function userKind(user: Field | undefined): UserKind;
