const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/i;
const COMMONJS = /\.cjs$/i;
export function isTypeScriptPath(path) {
    return TYPESCRIPT.test(path);
}
export function parseModes(path) {
    if (isTypeScriptPath(path))
        return ["erased", "typescript"];
    return COMMONJS.test(path) ? ["commonjs", "module", "typescript"] : ["module", "commonjs", "typescript"];
}
