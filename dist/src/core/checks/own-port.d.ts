import type { Listener } from "../listener.js";
export declare function isOwnPort(listener: Listener, keys: ReadonlySet<string>): boolean;
