// Where a workload keeps its PodSpec and pod labels (kubernetes/api apps/v1, batch/v1, core/v1).
import type { Node } from "yaml";
import { mapEntries, mapGet, textOf, valueAt, type YamlDoc } from "../yaml-walk.js";
import type { KubeObject } from "./objects.js";

/** Path from the object to the pod template (the map holding `metadata` and `spec`). */
const TEMPLATE_PATHS: Readonly<Record<string, readonly string[]>> = {
  Pod: [],
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  ReplicationController: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
  PodTemplate: ["template"],
};

export interface PodTemplate {
  spec: Node;
  labels: ReadonlyMap<string, string>;
  /** `spec.hostNetwork: true`: the pod's ports are the node's. */
  hostNetwork: boolean;
  /** The pod-level `spec.securityContext`, which each container's own overrides field by field. */
  securityContext: Node | undefined;
}

export function isWorkloadKind(kind: string): boolean {
  return Object.hasOwn(TEMPLATE_PATHS, kind);
}

export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  const path = TEMPLATE_PATHS[object.kind];
  if (!path) return undefined;
  const { ydoc } = object;
  let template: Node | undefined = object.node;
  for (const key of path) template = mapGet(template, key, ydoc);
  const spec = mapGet(template, "spec", ydoc);
  if (!spec) return undefined;
  return {
    spec,
    labels: stringMap(mapGet(mapGet(template, "metadata", ydoc), "labels", ydoc), ydoc),
    hostNetwork: valueAt(spec, "hostNetwork", ydoc) === true,
    securityContext: mapGet(spec, "securityContext", ydoc),
  };
}

/** A mapping of scalar values (labels, selectors) as strings. */
export function stringMap(node: unknown, ydoc: YamlDoc): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of mapEntries(node, ydoc)) {
    const text = textOf(value, ydoc);
    if (text !== undefined) map.set(key, text);
  }
  return map;
}
