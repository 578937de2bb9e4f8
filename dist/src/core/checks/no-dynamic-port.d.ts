import type { Finding } from "../finding.js";
import type { Listener } from "../listener.js";
export declare function noDynamicPort(listeners: readonly Listener[]): Finding[];
