import { recommended } from "../../core/presets/recommended.js";
import { workloadPorts } from "./container-ports.js";
import { daemonSetConflicts } from "./node-ports.js";
import { isCoreService, objectsOf } from "./objects.js";
import { addPods } from "./pod-index.js";
import { podTemplateOf } from "./pod-template.js";
import { readServiceSpec, serviceListeners } from "./service-ports.js";
function directoryOf(path) {
    const slash = path.lastIndexOf("/");
    return slash === -1 ? "." : path.slice(0, slash);
}
export function kubernetesScan(policy = recommended) {
    const result = { listeners: [], findings: [] };
    const pods = new Map();
    const services = [];
    const claims = [];
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
                if (!template)
                    continue;
                const ports = workloadPorts(object, template, file, policy);
                result.listeners.push(...ports.listeners);
                result.findings.push(...ports.findings);
                const workload = `${object.kind} ${object.name}`;
                addPods(pods, { workload, labels: template.labels, declared: ports.declared, boundInArgs: ports.boundInArgs, ...(object.namespace ? { namespace: object.namespace } : {}) });
                if (ports.nodePorts.length > 0)
                    claims.push({ name: object.name, directory: directoryOf(file.path), everyNode: template.everyNode, listeners: ports.nodePorts });
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
export function scanKubernetes(files, policy) {
    const scan = kubernetesScan(policy);
    files.forEach((file) => scan.add(file));
    return scan.finish();
}
