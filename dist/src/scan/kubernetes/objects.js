import { mapGet, seqItems, stringAt } from "../yaml-walk.js";
export function objectsOf(ydoc, index) {
    const root = ydoc.doc.contents;
    const kind = stringAt(root, "kind", ydoc);
    if (!kind || !stringAt(root, "apiVersion", ydoc))
        return [];
    if (kind.endsWith("List")) {
        return seqItems(mapGet(root, "items", ydoc), ydoc).flatMap((item, i) => objectOf(ydoc, item, `${index}.${i}`));
    }
    return root ? objectOf(ydoc, root, String(index), kind) : [];
}
function objectOf(ydoc, node, fallbackName, kind = stringAt(node, "kind", ydoc)) {
    if (!kind)
        return [];
    const metadata = mapGet(node, "metadata", ydoc);
    const name = stringAt(metadata, "name", ydoc) ?? stringAt(metadata, "generateName", ydoc) ?? `#${fallbackName}`;
    const namespace = stringAt(metadata, "namespace", ydoc);
    return [{ ydoc, node, kind, name, ...(namespace ? { namespace } : {}) }];
}
