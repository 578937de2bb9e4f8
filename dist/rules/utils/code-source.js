const files = new WeakMap();
/** Records the file a program was read from (an absolute path, or a name that is no file). */
export function setFileOf(program, file) {
    files.set(program, file);
}
export function fileOf(source) {
    return files.get(source.ast);
}
