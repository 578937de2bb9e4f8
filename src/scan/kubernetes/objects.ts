// The Kubernetes objects of a file: every document with apiVersion and kind, and the items of
// `kind: List` (and `*List` kinds such as `DeploymentList`), as `kubectl get -o yaml` prints them.
import type { Node } from "yaml";
import { mapGet, seqItems, stringAt, type YamlDoc } from "../yaml-walk.js";

export interface KubeObject {
  ydoc: YamlDoc;
  node: Node;
  kind: string;
  name: string;
  namespace?: string;
}

export function objectsOf(ydoc: YamlDoc, index: number): KubeObject[] {
  const root = ydoc.doc.contents;
  const kind = stringAt(root, "kind", ydoc);
  if (!kind || !stringAt(root, "apiVersion", ydoc)) return [];
  if (kind.endsWith("List")) {
    return seqItems(mapGet(root, "items", ydoc), ydoc).flatMap((item, i) => objectOf(ydoc, item, `${index}.${i}`));
  }
  return root ? objectOf(ydoc, root, String(index), kind) : [];
}

function objectOf(ydoc: YamlDoc, node: Node, fallbackName: string, kind = stringAt(node, "kind", ydoc)): KubeObject[] {
  if (!kind) return [];
  const metadata = mapGet(node, "metadata", ydoc);
  const name = stringAt(metadata, "name", ydoc) ?? stringAt(metadata, "generateName", ydoc) ?? `#${fallbackName}`;
  const namespace = stringAt(metadata, "namespace", ydoc);
  return [{ ydoc, node, kind, name, ...(namespace ? { namespace } : {}) }];
}
