import type { Node } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { FileContext } from "../file-context.js";
import { type YamlDoc } from "../yaml-walk.js";
import type { DeclaredPort } from "./container-ports.js";
/** The ports a probe of one container can reach. */
export interface ReachablePorts {
    /** The container's own entries: named ports are looked up here only. */
    own: readonly DeclaredPort[];
    /** Every entry of the containers running beside it, its own included. */
    pod: readonly DeclaredPort[];
    /** Ports their command lines bind. */
    bound: ReadonlySet<number>;
}
export declare function probeFindings(container: Node, ports: ReachablePorts, owner: string, file: FileContext, ydoc: YamlDoc): Finding[];
