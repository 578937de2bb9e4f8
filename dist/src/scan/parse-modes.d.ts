export type ParseMode = "module" | "commonjs" | "erased" | "typescript";
export declare function isTypeScriptPath(path: string): boolean;
export declare function parseModes(path: string): readonly ParseMode[];
