import { asScalar, mapEntries, mapGet, seqItems, stringAt } from "../yaml-walk.js";
import { portEntry } from "./port-entry.js";
export function scanWorkflow(file) {
    const result = { listeners: [], findings: [] };
    for (const ydoc of file.ydocs) {
        for (const [jobId, job] of mapEntries(mapGet(ydoc.doc.contents, "jobs", ydoc), ydoc)) {
            const jobScope = `actions:${file.path}:${jobId}`;
            const containers = [[jobId, mapGet(job, "container", ydoc)]];
            containers.push(...mapEntries(mapGet(job, "services", ydoc), ydoc));
            for (const [name, container] of containers) {
                // `container: node:20` (a bare image) publishes nothing.
                // An image built from an expression (`postgres-${{ matrix.v }}`) is not known until run time.
                const written = stringAt(container, "image", ydoc);
                const image = written?.includes("${{") ? undefined : written;
                const identity = { name, ...(image ? { image } : {}) };
                const context = { file, identity, jobScope, containerScope: `${jobScope}/${name}` };
                for (const item of seqItems(mapGet(container, "ports", ydoc), ydoc)) {
                    const scalar = asScalar(item, ydoc);
                    if (!scalar)
                        continue;
                    const found = portEntry(scalar, context);
                    result.listeners.push(...found.listeners);
                    result.findings.push(...found.findings);
                }
            }
        }
    }
    return result;
}
