import type { Policy } from "../../core/policy.js";
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import type { YamlDoc } from "../yaml-walk.js";
export interface KubernetesFile extends FileContext {
    ydocs: readonly YamlDoc[];
}
export interface KubernetesScan {
    add(file: KubernetesFile): void;
    /** Resolves the Services against every pod added, and returns everything found. */
    finish(): FrontEndResult;
}
export declare function kubernetesScan(policy?: Policy): KubernetesScan;
export declare function scanKubernetes(files: readonly KubernetesFile[], policy?: Policy): FrontEndResult;
