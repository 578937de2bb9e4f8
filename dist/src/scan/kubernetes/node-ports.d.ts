import type { Finding } from "../../core/finding.js";
import type { Listener } from "../../core/listener.js";
/** One workload's ports on its node, as the end of the scan compares them. */
export interface NodePortClaim {
    /** The workload's name (a DaemonSet's, as the message names it). */
    name: string;
    directory: string;
    everyNode: boolean;
    listeners: readonly Listener[];
}
/** Each claim's ports against the DaemonSets' (indexed by directory, protocol and port): linear in ports. */
export declare function daemonSetConflicts(claims: readonly NodePortClaim[]): Finding[];
