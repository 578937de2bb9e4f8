import type { Finding } from "../../core/finding.js";
import type { Listener, Protocol, ServiceIdentity } from "../../core/listener.js";
import type { Policy } from "../../core/policy.js";
import { type FileContext } from "../file-context.js";
import type { KubeObject } from "./objects.js";
import type { PodTemplate } from "./pod-template.js";
/** A declared container port, for resolving a Service's targetPort and a probe's port. */
export interface DeclaredPort {
    name?: string;
    port: number;
    protocol: Protocol;
    identity: ServiceIdentity;
}
export interface WorkloadPorts {
    listeners: Listener[];
    findings: Finding[];
    declared: DeclaredPort[];
    /** Ports the command lines of the pod's running containers bind (listen-args.ts). */
    boundInArgs: number[];
    /** Ports this workload's pods take on their node: hostPorts, and every port of a hostNetwork pod. */
    nodePorts: Listener[];
}
export declare function podScopeOf(object: KubeObject, file: FileContext): string;
export declare function workloadPorts(object: KubeObject, template: PodTemplate, file: FileContext, policy: Policy): WorkloadPorts;
