import { isProtocol } from "../../core/parse-port.js";
import { stringAt } from "../yaml-walk.js";
/** `protocol: TCP|UDP|SCTP` (upper case in the API), TCP when absent or unreadable. */
export function protocolAt(node, ydoc) {
    const value = stringAt(node, "protocol", ydoc)?.toLowerCase();
    return value !== undefined && isProtocol(value) ? value : "tcp";
}
