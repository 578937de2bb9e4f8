import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
export function objectsOf(ydoc, index) {
    const root = ydoc.doc.contents;
    const kind = stringAt(root, "kind", ydoc);
    const apiVersion = stringAt(root, "apiVersion", ydoc);
    if (!kind || !apiVersion || !root)
        return [];
    if (kind.endsWith("List")) {
        return seqItems(mapGet(root, "items", ydoc), ydoc).flatMap((item, i) => objectOf(ydoc, item, `${index}.${i}`));
    }
    return objectOf(ydoc, root, String(index));
}
function objectOf(ydoc, node, key) {
    const kind = stringAt(node, "kind", ydoc);
    if (!kind)
        return [];
    const metadata = mapGet(node, "metadata", ydoc);
    const name = stringAt(metadata, "name", ydoc) ?? stringAt(metadata, "generateName", ydoc) ?? `#${key}`;
    const namespace = stringAt(metadata, "namespace", ydoc);
    const apiVersion = stringAt(node, "apiVersion", ydoc) ?? "";
    return [{ ydoc, node, apiVersion, kind, name, key, ...(namespace ? { namespace } : {}) }];
}
/** A core Service (`v1`); Knative's `serving.knative.dev` Service is a workload with a pod template. */
export function isCoreService(object) {
    return object.kind === "Service" && object.apiVersion === "v1";
}
