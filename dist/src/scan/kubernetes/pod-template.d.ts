import { type Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
import { type FieldNode } from "./port-value.js";
import { type KubeObject } from "./objects.js";
export interface PodTemplate {
    spec: Node;
    labels: ReadonlyMap<string, string>;
    /** `spec.hostNetwork: true`: the pod's ports are the node's. */
    hostNetwork: boolean;
    /** The `hostNetwork` field as written, for the policy's hostNetwork switch. */
    hostNetworkField?: FieldNode;
    /** The pod-level `spec.securityContext`, which each container's own overrides field by field. */
    securityContext: Node | undefined;
    /** A DaemonSet's pods run on every node: their host ports are taken on all of them. */
    everyNode: boolean;
}
export declare function podTemplateOf(object: KubeObject): PodTemplate | undefined;
/** A mapping of scalar values (labels, selectors) as strings. */
export declare function stringMap(node: unknown, ydoc: YamlDoc): Map<string, string>;
