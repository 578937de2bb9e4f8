export function configKind(filename) {
    // Asked of every file ESLint lints: the base name without splitting the path, and one test first.
    const base = filename.slice(Math.max(filename.lastIndexOf("/"), filename.lastIndexOf("\\")) + 1);
    if (!/^(?:vite|webpack|rspack|vue)[.-]/.test(base))
        return undefined;
    if (/^vite(?:\.[\w-]+)*\.config(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base))
        return "vite";
    if (/^(?:webpack|rspack)(?:[.-][\w-]+)*\.[cm]?[jt]s$/.test(base) || /^vue\.config\.[cm]?[jt]s$/.test(base))
        return "webpack-dev-server";
    return undefined;
}
