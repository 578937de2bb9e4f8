import { type Runtime } from "../../core/runtime.js";
export interface NonRootBind {
    /** A runtime id from src/core/runtime.ts, or one of "host-network", "macos", "windows", "freebsd". */
    where: Runtime | "host-network" | "macos" | "windows" | "freebsd";
    label: string;
    canBind: boolean;
    /** A limit that applies even when canBind is true. */
    condition?: string;
}
export declare function nonRootBind(port: number): readonly NonRootBind[];
