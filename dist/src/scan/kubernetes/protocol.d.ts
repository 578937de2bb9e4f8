import type { Protocol } from "../../core/listener.js";
import { type YamlDoc } from "../yaml-walk.js";
/** `protocol: TCP|UDP|SCTP` (upper case in the API), TCP when absent or unreadable. */
export declare function protocolAt(node: unknown, ydoc: YamlDoc): Protocol;
