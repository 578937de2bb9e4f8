// The Kubernetes front end: manifests (one or many files, each multi-document) → listeners.
// Workloads are read as their files arrive; Services and host ports wait for the end of the scan,
// so that a selector can find pods declared in any file and a DaemonSet's host ports meet every
// other workload's. Only what those need is kept until then (read from the document on arrival),
// so a large scan holds no parsed manifest.
import type { Policy } from "../../core/policy.js";
import { recommended } from "../../core/presets/recommended.js";
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import type { YamlDoc } from "../yaml-walk.js";
import { workloadPorts } from "./container-ports.js";
import { daemonSetConflicts, type NodePortClaim } from "./node-ports.js";
import { isCoreService, objectsOf } from "./objects.js";
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

function directoryOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "." : path.slice(0, slash);
}

export function kubernetesScan(policy: Policy = recommended): KubernetesScan {
  const result: FrontEndResult = { listeners: [], findings: [] };
  const pods: PodIndex = new Map();
  const services: ServiceSpec[] = [];
  const claims: NodePortClaim[] = [];
  return {
    add(file) {
      for (const object of file.ydocs.flatMap(objectsOf)) {
        if (isCoreService(object)) {
          const read = readServiceSpec(object, file, policy);
          services.push(read.spec);
          result.findings.push(...read.findings);
          continue;
        }
        const template = podTemplateOf(object);
        if (!template) continue;
        const ports = workloadPorts(object, template, file, policy);
        result.listeners.push(...ports.listeners);
        result.findings.push(...ports.findings);
        const workload = `${object.kind} ${object.name}`;
        addPods(pods, { workload, labels: template.labels, declared: ports.declared, boundInArgs: ports.boundInArgs, ...(object.namespace ? { namespace: object.namespace } : {}) });
        if (ports.nodePorts.length > 0) claims.push({ name: object.name, directory: directoryOf(file.path), everyNode: template.everyNode, listeners: ports.nodePorts });
      }
    },
    finish() {
      for (const service of services) {
        const found = serviceListeners(service, pods);
        result.listeners.push(...found.listeners);
        result.findings.push(...found.findings);
      }
      result.findings.push(...daemonSetConflicts(claims));
      services.length = 0;
      claims.length = 0;
      return result;
    },
  };
}

export function scanKubernetes(files: readonly KubernetesFile[], policy?: Policy): FrontEndResult {
  const scan = kubernetesScan(policy);
  files.forEach((file) => scan.add(file));
  return scan.finish();
}
