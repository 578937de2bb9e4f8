import type { Scalar } from "yaml";
import type { ServiceIdentity } from "../../core/listener.js";
import { type FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
export interface EntryContext {
    file: FileContext;
    identity: ServiceIdentity;
    /** The job's scope: its service containers publish onto one runner host. */
    jobScope: string;
    /** The container's own network namespace. */
    containerScope: string;
}
export declare function portEntry(node: Scalar, context: EntryContext): FrontEndResult;
