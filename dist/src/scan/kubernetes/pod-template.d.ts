import type { Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
import type { KubeObject } from "./objects.js";
export interface PodTemplate {
    spec: Node;
    labels: ReadonlyMap<string, string>;
    /** `spec.hostNetwork: true`: the pod's ports are the node's. */
    hostNetwork: boolean;
    /** The pod-level `spec.securityContext`, which each container's own overrides field by field. */
    securityContext: Node | undefined;
}
export declare function isWorkloadKind(kind: string): boolean;
export declare function podTemplateOf(object: KubeObject): PodTemplate | undefined;
/** A mapping of scalar values (labels, selectors) as strings. */
export declare function stringMap(node: unknown, ydoc: YamlDoc): Map<string, string>;
