import type { RuleId } from "../catalogue.js";
import type { Finding, Severity } from "../finding.js";
import type { Listener, ListenerRole } from "../listener.js";
/**
 * "Port 8080", "Port range 8000–8010", "Fallback port 3000 for PORT" (used when PORT is unset),
 * "Port 50000 (value from env.example)": the example env file read for lack of a `.env`, by its
 * name (it sits beside the compose file; data.exampleEnv has its path).
 */
export declare function subjectOf(listener: Listener): string;
export declare function listenerFinding(ruleId: RuleId, messageId: string, listener: Listener, data: Record<string, string | number>, severity?: Severity): Finding;
/**
 * The roles whose port is bound on this machine, which the dynamic and ephemeral range checks
 * look at: Service ports and NodePorts are virtual or range-checked elsewhere, a remote port is
 * bound on another machine.
 */
export declare const BOUND_ROLES: ReadonlySet<ListenerRole>;
/** Port 0 asks the OS for any free port: never a fixed listener, never flagged. */
export declare function isFixedPort(listener: Listener): boolean;
export declare function lastPort(listener: Listener): number;
/** A check that looks at one listener at a time: its findings, in listener order. */
export declare function perListener(listeners: readonly Listener[], check: (listener: Listener) => Finding | undefined): Finding[];
