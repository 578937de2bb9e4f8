import { mapEntries, mapGet, textOf, valueAt } from "../yaml-walk.js";
/** Path from the object to the pod template (the map holding `metadata` and `spec`). */
const TEMPLATE_PATHS = {
    Pod: [],
    Deployment: ["spec", "template"],
    StatefulSet: ["spec", "template"],
    DaemonSet: ["spec", "template"],
    ReplicaSet: ["spec", "template"],
    ReplicationController: ["spec", "template"],
    Job: ["spec", "template"],
    CronJob: ["spec", "jobTemplate", "spec", "template"],
    PodTemplate: ["template"],
};
export function isWorkloadKind(kind) {
    return Object.hasOwn(TEMPLATE_PATHS, kind);
}
export function podTemplateOf(object) {
    const path = TEMPLATE_PATHS[object.kind];
    if (!path)
        return undefined;
    const { ydoc } = object;
    let template = object.node;
    for (const key of path)
        template = mapGet(template, key, ydoc);
    const spec = mapGet(template, "spec", ydoc);
    if (!spec)
        return undefined;
    return {
        spec,
        labels: stringMap(mapGet(mapGet(template, "metadata", ydoc), "labels", ydoc), ydoc),
        hostNetwork: valueAt(spec, "hostNetwork", ydoc) === true,
        securityContext: mapGet(spec, "securityContext", ydoc),
    };
}
/** A mapping of scalar values (labels, selectors) as strings. */
export function stringMap(node, ydoc) {
    const map = new Map();
    for (const [key, value] of mapEntries(node, ydoc)) {
        const text = textOf(value, ydoc);
        if (text !== undefined)
            map.set(key, text);
    }
    return map;
}
