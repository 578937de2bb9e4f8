// The Kubernetes front end: manifests (one or many files, each multi-document) → listeners.
// Workloads are read as their files arrive; Services wait for the end of the scan so that a
// selector can find pods declared in any file. Only what a Service's listeners need is kept until
// then (read from its document on arrival), so a large scan holds no parsed manifest.
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import type { YamlDoc } from "../yaml-walk.js";
import { workloadPorts } from "./container-ports.js";
import { objectsOf } from "./objects.js";
import { addPods, type PodIndex } from "./pod-index.js";
import { podTemplateOf } from "./pod-template.js";
import { readServiceSpec, serviceListeners, type ServiceSpec } from "./service-ports.js";

export interface KubernetesFile extends FileContext {
  ydocs: readonly YamlDoc[];
}

export interface KubernetesScan {
  add(file: KubernetesFile): void;
  /** Resolves the Services against every pod added, and returns everything found. */
  finish(): FrontEndResult;
}

export function kubernetesScan(): KubernetesScan {
  const result: FrontEndResult = { listeners: [], findings: [] };
  const pods: PodIndex = new Map();
  const services: ServiceSpec[] = [];
  return {
    add(file) {
      for (const object of file.ydocs.flatMap(objectsOf)) {
        if (object.kind === "Service") {
          services.push(readServiceSpec(object, file));
          continue;
        }
        const template = podTemplateOf(object);
        if (!template) continue;
        const ports = workloadPorts(object, template, file);
        result.listeners.push(...ports.listeners);
        addPods(pods, { labels: template.labels, declared: ports.declared, ...(object.namespace ? { namespace: object.namespace } : {}) });
      }
    },
    finish() {
      for (const service of services) {
        const found = serviceListeners(service, pods);
        result.listeners.push(...found.listeners);
        result.findings.push(...found.findings);
      }
      services.length = 0;
      return result;
    },
  };
}

export function scanKubernetes(files: readonly KubernetesFile[]): FrontEndResult {
  const scan = kubernetesScan();
  files.forEach((file) => scan.add(file));
  return scan.finish();
}
