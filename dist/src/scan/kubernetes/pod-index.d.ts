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
export declare function addPods(index: PodIndex, pods: SelectablePods): void;
/** Pods in the Service's namespace whose labels include every selector pair; none for an empty selector. */
export declare function selectPods(index: PodIndex, namespace: string | undefined, selector: ReadonlyMap<string, string>): SelectablePods[];
