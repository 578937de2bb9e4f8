import type { Listener } from "../listener.js";
export declare function isOwnPort(listener: Listener, keys: ReadonlySet<string>): boolean;
/** The key of the product among `keys` whose own port the listener is on, if any. */
export declare function ownerOf(listener: Listener, keys: ReadonlySet<string>): string | undefined;
