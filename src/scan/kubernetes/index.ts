// The Kubernetes front end: manifests (one or many files, each multi-document) → listeners.
// Files are read together so that a Service can find the pods its selector picks in another file.
import type { FrontEndResult } from "../types.js";
import type { YamlDoc } from "../yaml-walk.js";
import { workloadPorts } from "./container-ports.js";
import type { FileContext } from "../file-context.js";
import { objectsOf, type KubeObject } from "./objects.js";
import { podTemplateOf } from "./pod-template.js";
import { serviceListeners, type SelectablePods } from "./service-ports.js";

export interface KubernetesFile extends FileContext {
  ydocs: readonly YamlDoc[];
}

export function scanKubernetes(files: readonly KubernetesFile[]): FrontEndResult {
  const result: FrontEndResult = { listeners: [], findings: [] };
  const pods: SelectablePods[] = [];
  const services: Array<{ object: KubeObject; file: KubernetesFile }> = [];
  for (const file of files) {
    for (const object of file.ydocs.flatMap(objectsOf)) {
      if (object.kind === "Service") {
        services.push({ object, file });
        continue;
      }
      const template = podTemplateOf(object);
      if (!template) continue;
      const ports = workloadPorts(object, template, file);
      result.listeners.push(...ports.listeners);
      pods.push({ labels: template.labels, declared: ports.declared, ...(object.namespace ? { namespace: object.namespace } : {}) });
    }
  }
  for (const { object, file } of services) {
    const found = serviceListeners(object, file, pods);
    result.listeners.push(...found.listeners);
    result.findings.push(...found.findings);
  }
  return result;
}
