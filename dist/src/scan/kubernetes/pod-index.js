function key(namespace, label, value) {
    return `${namespace ?? ""}\u0000${label}\u0000${value}`;
}
export function addPods(index, pods) {
    for (const [label, value] of pods.labels) {
        const k = key(pods.namespace, label, value);
        const list = index.get(k);
        if (list)
            list.push(pods);
        else
            index.set(k, [pods]);
    }
}
/** Pods in the Service's namespace whose labels include every selector pair; none for an empty selector. */
export function selectPods(index, namespace, selector) {
    const [first] = selector;
    if (!first)
        return [];
    const candidates = index.get(key(namespace, first[0], first[1])) ?? [];
    return candidates.filter((pods) => [...selector].every(([label, value]) => pods.labels.get(label) === value));
}
