import type { Listener, Protocol, ServiceIdentity } from "../../core/listener.js";
import { type FileContext } from "../file-context.js";
import type { KubeObject } from "./objects.js";
import type { PodTemplate } from "./pod-template.js";
export declare const NODE_SCOPE = "k8s:node";
/** A declared container port, for resolving a Service's named targetPort. */
export interface DeclaredPort {
    name?: string;
    port: number;
    protocol: Protocol;
    identity: ServiceIdentity;
}
export interface WorkloadPorts {
    listeners: Listener[];
    declared: DeclaredPort[];
}
export declare function workloadPorts(object: KubeObject, template: PodTemplate, file: FileContext): WorkloadPorts;
