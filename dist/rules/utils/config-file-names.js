export function configKind(filename) {
    const base = filename.split(/[\\/]/).pop() ?? "";
    if (/^vite\.config\.[cm]?[jt]s$/.test(base))
        return "vite";
    if (/^webpack\.config(\.[\w-]+)*\.[cm]?[jt]s$/.test(base))
        return "webpack-dev-server";
    return undefined;
}
