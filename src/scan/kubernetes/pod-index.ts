// The pods a Service selector can pick, indexed by namespace and label so that each Service looks
// at the pods sharing one of its labels instead of at every pod of the scan.
import type { DeclaredPort } from "./container-ports.js";

/** A workload's pod labels and the container ports it declares or binds. */
export interface SelectablePods {
  namespace?: string;
  /** "Deployment web", as messages name it. */
  workload: string;
  labels: ReadonlyMap<string, string>;
  declared: readonly DeclaredPort[];
  /** Ports their containers' command lines bind (listen-args.ts). */
  boundInArgs: readonly number[];
}

export type PodIndex = Map<string, SelectablePods[]>;

function key(namespace: string | undefined, label: string, value: string): string {
  return `${namespace ?? ""}\u0000${label}\u0000${value}`;
}

export function addPods(index: PodIndex, pods: SelectablePods): void {
  for (const [label, value] of pods.labels) {
    const k = key(pods.namespace, label, value);
    const list = index.get(k);
    if (list) list.push(pods);
    else index.set(k, [pods]);
  }
}

/** Pods in the Service's namespace whose labels include every selector pair; none for an empty selector. */
export function selectPods(index: PodIndex, namespace: string | undefined, selector: ReadonlyMap<string, string>): SelectablePods[] {
  const [first] = selector;
  if (!first) return [];
  const candidates = index.get(key(namespace, first[0], first[1])) ?? [];
  return candidates.filter((pods) => [...selector].every(([label, value]) => pods.labels.get(label) === value));
}
