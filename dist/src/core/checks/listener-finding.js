import { makeFinding } from "../make-finding.js";
import { describeClass, formatRange, isValidPort } from "../port-class.js";
/**
 * "Port 8080", "Port range 8000–8010", "Fallback port 3000 for PORT" (used when PORT is unset),
 * "Port 50000 (value from env.example)": the example env file read for lack of a `.env`, by its
 * name (it sits beside the compose file; data.exampleEnv has its path).
 */
export function subjectOf(listener) {
    const ports = formatRange({ from: listener.port, to: listener.endPort ?? listener.port });
    const noun = listener.endPort !== undefined && listener.endPort !== listener.port ? "port range" : "port";
    if (listener.origin.fallback) {
        const variable = listener.identity.envKey;
        return variable ? `Fallback ${noun} ${ports} for ${variable}` : `Fallback ${noun} ${ports}`;
    }
    const subject = `${noun[0].toUpperCase()}${noun.slice(1)} ${ports}`;
    const example = listener.origin.exampleEnv;
    return example ? `${subject} (value from ${example.slice(example.lastIndexOf("/") + 1)})` : subject;
}
export function listenerFinding(ruleId, messageId, listener, data, severity) {
    const example = listener.origin.exampleEnv ? { exampleEnv: listener.origin.exampleEnv } : {};
    return makeFinding(ruleId, messageId, { subject: subjectOf(listener), port: listener.port, ...classOf(listener), ...example, ...data }, listener.origin, {
        port: listener.port,
        protocol: listener.protocol,
        source: listener.source,
        ...(severity ? { severity } : {}),
    });
}
function classOf(listener) {
    return isValidPort(listener.port) ? { class: describeClass(listener.port) } : {};
}
/**
 * The roles whose port is bound on this machine, which the dynamic and ephemeral range checks
 * look at: Service ports and NodePorts are virtual or range-checked elsewhere, a remote port is
 * bound on another machine.
 */
export const BOUND_ROLES = new Set(["bind", "container", "published", "env"]);
/** Port 0 asks the OS for any free port: never a fixed listener, never flagged. */
export function isFixedPort(listener) {
    return listener.port > 0 && listener.port <= 65535 && Number.isInteger(listener.port);
}
export function lastPort(listener) {
    return listener.endPort ?? listener.port;
}
/** A check that looks at one listener at a time: its findings, in listener order. */
export function perListener(listeners, check) {
    const findings = [];
    for (const listener of listeners) {
        const finding = check(listener);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
