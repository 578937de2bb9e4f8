// Content detection for YAML whose name says nothing: a top-level `services:` mapping whose entries
// look like Compose services. A Kubernetes object (apiVersion + kind) is never one.
import { isMap, isScalar } from "yaml";
import { scalarValue } from "../yaml.js";
import { entries, get, newWalk, resolve } from "./compose-yaml.js";
// Keys of compose-spec `05-services.md`; one of them makes a mapping service-shaped.
const SERVICE_KEYS = new Set([
    "image", "build", "ports", "command", "environment", "expose", "volumes", "depends_on", "networks", "entrypoint",
    "container_name", "restart", "network_mode", "user", "cap_add", "profiles", "env_file", "healthcheck", "deploy",
    "labels", "extends", "working_dir", "sysctls", "logging",
]);
export function isComposeDocument(ydoc) {
    const walk = newWalk(ydoc, 10_000);
    const root = ydoc.doc.contents;
    if (get(root, "apiVersion", walk) && get(root, "kind", walk))
        return false;
    const services = get(root, "services", walk);
    if (!services || !isMap(resolve(services.value, walk)))
        return false;
    const list = entries(services.value, walk);
    if (list.length === 0)
        return false;
    let shaped = 0;
    for (const service of list) {
        if (service.value === undefined || (isScalar(service.value) && scalarValue(service.value) === null))
            continue;
        const keys = entries(service.value, walk);
        if (!isMap(service.value))
            return false;
        if (keys.some((key) => SERVICE_KEYS.has(key.key)))
            shaped++;
    }
    return shaped > 0;
}
