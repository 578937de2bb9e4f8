import type { Node } from "yaml";
import { type YamlDoc } from "../yaml-walk.js";
export interface KubeObject {
    ydoc: YamlDoc;
    node: Node;
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
    /**
     * Where the object is in its file ("2", or "2.0" for a List item): part of its scope, so that an
     * object written twice under one name (a copy-paste, a patch beside its base) is two pods, not one.
     */
    key: string;
}
export declare function objectsOf(ydoc: YamlDoc, index: number): KubeObject[];
/** A core Service (`v1`); Knative's `serving.knative.dev` Service is a workload with a pod template. */
export declare function isCoreService(object: KubeObject): boolean;
