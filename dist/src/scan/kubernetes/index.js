import { workloadPorts } from "./container-ports.js";
import { objectsOf } from "./objects.js";
import { addPods } from "./pod-index.js";
import { podTemplateOf } from "./pod-template.js";
import { readServiceSpec, serviceListeners } from "./service-ports.js";
export function kubernetesScan() {
    const result = { listeners: [], findings: [] };
    const pods = new Map();
    const services = [];
    return {
        add(file) {
            for (const object of file.ydocs.flatMap(objectsOf)) {
                if (object.kind === "Service") {
                    services.push(readServiceSpec(object, file));
                    continue;
                }
                const template = podTemplateOf(object);
                if (!template)
                    continue;
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
export function scanKubernetes(files) {
    const scan = kubernetesScan();
    files.forEach((file) => scan.add(file));
    return scan.finish();
}
