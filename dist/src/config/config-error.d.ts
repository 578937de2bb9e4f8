import type { Policy } from "../core/policy.js";
export type ConfigErrorCode = "configNotFound" | "readFailed" | "yamlSyntax" | "jsonSyntax" | "jsLoadFailed" | "needsAsyncLoad" | "typescriptUnsupported" | "tooDeep" | "multipleConfigFiles" | "notAnObject" | "unknownKey" | "unknownRule" | "notOneOf" | "wrongType" | "missingKey" | "emptyReason" | "emptyService" | "badPortSpec" | "registryOverlap" | "unknownPreset" | "packageNotFound" | "packageHasNoConfig" | "extendsFileNotFound" | "extendsCycle" | "invalidValue";
export interface ConfigError {
    /** Absolute path of the file at fault; "(command line)" for a bad flag value. */
    file: string;
    /** RFC 6901 JSON pointer of the offending key inside that file ("" for the whole file). */
    pointer: string;
    code: ConfigErrorCode;
    data: Readonly<Record<string, string | number>>;
    /** 1-based position of the key or value, when the file format keeps positions (YAML, JSON). */
    line?: number;
    column?: number;
}
export interface ResolvedConfig {
    ok: true;
    policy: Policy;
    /** Config files that contributed, in the order they were applied (extended files first). */
    files: string[];
}
export type ConfigResult = ResolvedConfig | {
    ok: false;
    errors: ConfigError[];
};
/** The pseudo file name for errors in command-line values (`--preset`). */
export declare const COMMAND_LINE = "(command line)";
/** "/allowlist/0/reason" → ["allowlist", "0", "reason"] (RFC 6901 unescaping). */
export declare function pointerSegments(pointer: string): string[];
export declare function joinPointer(pointer: string, segment: string | number): string;
