// Where a workload keeps its PodSpec and pod labels (kubernetes/api apps/v1, batch/v1, core/v1;
// OpenShift apps.openshift.io/v1 DeploymentConfig; Argo argoproj.io/v1alpha1 Rollout; Knative
// serving.knative.dev/v1 Service). Any other kind whose `spec.template.spec.containers` or
// `spec.jobTemplate.spec.template.spec.containers` is a list is read the same way: operators'
// custom resources (and kinds not listed here) keep pod templates in those places.
import { isSeq, type Node } from "yaml";
import { mapEntries, mapGet, textOf, valueAt, type YamlDoc } from "../yaml-walk.js";
import { fieldAt, type FieldNode } from "./port-value.js";
import { isCoreService, type KubeObject } from "./objects.js";

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
  DeploymentConfig: ["spec", "template"],
  Rollout: ["spec", "template"],
};

const GENERIC_PATHS: readonly (readonly string[])[] = [
  ["spec", "template"],
  ["spec", "jobTemplate", "spec", "template"],
];

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

function follow(node: Node | undefined, path: readonly string[], ydoc: YamlDoc): Node | undefined {
  let current = node;
  for (const key of path) current = mapGet(current, key, ydoc);
  return current;
}

function templatePath(object: KubeObject): readonly string[] | undefined {
  const known = TEMPLATE_PATHS[object.kind];
  if (known && !(object.kind === "Pod" && object.apiVersion !== "v1")) return known;
  if (isCoreService(object)) return undefined;
  const { ydoc } = object;
  return GENERIC_PATHS.find((path) => isSeq(mapGet(mapGet(follow(object.node, path, ydoc), "spec", ydoc), "containers", ydoc)));
}

export function podTemplateOf(object: KubeObject): PodTemplate | undefined {
  const path = templatePath(object);
  if (!path) return undefined;
  const { ydoc } = object;
  const template = follow(object.node, path, ydoc);
  const spec = mapGet(template, "spec", ydoc);
  if (!spec) return undefined;
  const hostNetworkField = fieldAt(spec, "hostNetwork", ydoc);
  return {
    spec,
    labels: stringMap(mapGet(mapGet(template, "metadata", ydoc), "labels", ydoc), ydoc),
    hostNetwork: valueAt(spec, "hostNetwork", ydoc) === true,
    ...(hostNetworkField ? { hostNetworkField } : {}),
    securityContext: mapGet(spec, "securityContext", ydoc),
    everyNode: object.kind === "DaemonSet",
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
