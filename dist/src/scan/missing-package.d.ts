/** The package a "Cannot find module/package 'x'" error names (`@scope/name` or `name`), if that is the error. */
export declare function missingPackage(error: unknown): string | undefined;
