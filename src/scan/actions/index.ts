// The GitHub Actions front end: `jobs.<id>.services.<name>.ports` and `jobs.<id>.container.ports`
// (actions/runner src/Sdk/WorkflowParser/workflow-v1.0.json, container-mapping and
// service-container-mapping). Service and job containers of one job publish onto the same runner
// host, so their host ports share the job's scope; each container has its own network namespace.
import type { Node } from "yaml";
import type { ServiceIdentity } from "../../core/listener.js";
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { asScalar, mapEntries, mapGet, seqItems, stringAt, type YamlDoc } from "../yaml-walk.js";
import { portEntry } from "./port-entry.js";

export interface WorkflowFile extends FileContext {
  ydocs: readonly YamlDoc[];
}

export function scanWorkflow(file: WorkflowFile): FrontEndResult {
  const result: FrontEndResult = { listeners: [], findings: [] };
  for (const ydoc of file.ydocs) {
    for (const [jobId, job] of mapEntries(mapGet(ydoc.doc.contents, "jobs", ydoc), ydoc)) {
      const jobScope = `actions:${file.path}:${jobId}`;
      const containers: Array<[string, Node | undefined]> = [[jobId, mapGet(job, "container", ydoc)]];
      containers.push(...mapEntries(mapGet(job, "services", ydoc), ydoc));
      for (const [name, container] of containers) {
        // `container: node:20` (a bare image) publishes nothing.
        // An image built from an expression (`postgres-${{ matrix.v }}`) is not known until run time.
        const written = stringAt(container, "image", ydoc);
        const image = written?.includes("${{") ? undefined : written;
        const identity: ServiceIdentity = { name, ...(image ? { image } : {}) };
        const context = { file, identity, jobScope, containerScope: `${jobScope}/${name}` };
        for (const item of seqItems(mapGet(container, "ports", ydoc), ydoc)) {
          const scalar = asScalar(item, ydoc);
          if (!scalar) continue;
          const found = portEntry(scalar, context);
          result.listeners.push(...found.listeners);
          result.findings.push(...found.findings);
        }
      }
    }
  }
  return result;
}
