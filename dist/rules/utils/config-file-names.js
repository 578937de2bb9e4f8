export function configKind(filename) {
    const base = filename.split(/[\\/]/).pop() ?? "";
    if (/^vite(?:\.[\w-]+)*\.config(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base))
        return "vite";
    if (/^(?:webpack|rspack)(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base) || /^vue\.config\.[cm]?[jt]s$/.test(base))
        return "webpack-dev-server";
    return undefined;
}
