import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { type YamlDoc } from "../yaml-walk.js";
export interface WorkflowFile extends FileContext {
    ydocs: readonly YamlDoc[];
}
export declare function scanWorkflow(file: WorkflowFile): FrontEndResult;
