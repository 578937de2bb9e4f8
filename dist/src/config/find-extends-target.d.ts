import type { ConfigErrorCode } from "./config-error.js";
import type { PolicyLayer } from "./to-policy.js";
export type ExtendsTarget = {
    kind: "preset";
    layer: PolicyLayer;
} | {
    kind: "file";
    file: string;
} | {
    kind: "error";
    code: ConfigErrorCode;
    data: Record<string, string>;
};
export declare function findExtendsTarget(name: string, fromFile: string): ExtendsTarget;
