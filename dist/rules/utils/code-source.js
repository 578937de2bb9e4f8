const files = new WeakMap();
/** Records the file a program was read from (an absolute path, or a name that is no file). */
export function setFileOf(program, file) {
    files.set(program, file);
}
export function fileOf(source) {
    return files.get(source.ast);
}
/** ESLint's SourceCode#getScope: the innermost scope that contains the node. */
export function innermostScope(manager, node) {
    const inner = node.type !== "Program";
    for (let current = node; current; current = current.parent) {
        const scope = manager.acquire(current, inner);
        if (scope)
            return scope.type === "function-expression-name" ? (scope.childScopes[0] ?? scope) : scope;
    }
    return manager.scopes[0];
}
