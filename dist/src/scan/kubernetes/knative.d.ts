import type { Node } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { FileContext } from "../file-context.js";
import type { YamlDoc } from "../yaml-walk.js";
import type { KubeObject } from "./objects.js";
/** Knative Serving's kinds (Service, Configuration, Revision) each run one pod template. */
export declare function isKnative(object: KubeObject): boolean;
/** `entries`: the `ports` entries of the pod's containers that declare a containerPort, in order. */
export declare function knativeFindings(entries: readonly Node[], file: FileContext, ydoc: YamlDoc): Finding[];
