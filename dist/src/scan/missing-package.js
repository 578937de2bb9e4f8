// Which npm package a failed import or require could not find, so that a missing optional peer
// (eslint, typescript) is one line saying what to install, not a stack trace.
/** The package a "Cannot find module/package 'x'" error names (`@scope/name` or `name`), if that is the error. */
export function missingPackage(error) {
    const code = error?.code;
    if (code !== "MODULE_NOT_FOUND" && code !== "ERR_MODULE_NOT_FOUND")
        return undefined;
    const name = /Cannot find (?:module|package) '([^']+)'/.exec(error.message)?.[1];
    // A relative or absolute specifier is a file of a broken install, not a package to install.
    if (name === undefined || name.startsWith(".") || name.startsWith("/"))
        return undefined;
    return /^(?:@[^/]+\/)?[^/]+/.exec(name)?.[0];
}
