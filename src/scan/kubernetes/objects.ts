// The Kubernetes objects of a file: every document with apiVersion and kind, and the items of
// `kind: List` (and `*List` kinds such as `DeploymentList`), as `kubectl get -o yaml` prints them.
import type { Node } from "yaml";
import { mapGet, seqItems, stringAt, type YamlDoc } from "../yaml-walk.js";

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

export function objectsOf(ydoc: YamlDoc, index: number): KubeObject[] {
  const root = ydoc.doc.contents;
  const kind = stringAt(root, "kind", ydoc);
  const apiVersion = stringAt(root, "apiVersion", ydoc);
  if (!kind || !apiVersion || !root) return [];
  if (kind.endsWith("List")) {
    return seqItems(mapGet(root, "items", ydoc), ydoc).flatMap((item, i) => objectOf(ydoc, item, `${index}.${i}`));
  }
  return objectOf(ydoc, root, String(index));
}

function objectOf(ydoc: YamlDoc, node: Node, key: string): KubeObject[] {
  const kind = stringAt(node, "kind", ydoc);
  if (!kind) return [];
  const metadata = mapGet(node, "metadata", ydoc);
  const name = stringAt(metadata, "name", ydoc) ?? stringAt(metadata, "generateName", ydoc) ?? `#${key}`;
  const namespace = stringAt(metadata, "namespace", ydoc);
  const apiVersion = stringAt(node, "apiVersion", ydoc) ?? "";
  return [{ ydoc, node, apiVersion, kind, name, key, ...(namespace ? { namespace } : {}) }];
}

/** A core Service (`v1`); Knative's `serving.knative.dev` Service is a workload with a pod template. */
export function isCoreService(object: KubeObject): boolean {
  return object.kind === "Service" && object.apiVersion === "v1";
}
