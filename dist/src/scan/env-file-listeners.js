// The env-file front end: `PORT` and `*_PORT` keys with a numeric value, as listen ports or as
// remote ports (src/scan/env-port-key.ts). Whose process reads the file decides its privilege:
// - nobody the scan knows of: an app started from it runs as an ordinary user (DESIGN.md);
// - a compose service's `env_file:`: that container, under the compose runtime;
// - the `.env` a compose project interpolates: a variable the project puts into `ports`,
//   `expose` or `environment` is reported there by the compose front end, with the container's
//   user; one it uses elsewhere (`command:`, labels) goes to the project's containers; one it never
//   mentions is read by something else, so it stays a plain process's.
import { makeFinding } from "../core/make-finding.js";
import { dotenvValues, parseDotenv } from "./dotenv.js";
import { classifyEnvPortKey, envPortValue, isPortEnvKey } from "./env-port-key.js";
import { lineCounterFor, originAt } from "./positions.js";
/** Code and .env files carry no user information: they run as an ordinary user (DESIGN.md). */
const ENV_FILE_PRIVILEGE = { user: "non-root", capAdd: [], network: "own" };
export function scanEnvFile(file, use) {
    const lines = lineCounterFor(file.text);
    const result = { listeners: [], findings: [] };
    const entries = parseDotenv(file.text);
    const values = dotenvValues(entries);
    for (const entry of entries) {
        if (!isPortEnvKey(entry.key))
            continue;
        const parsed = envPortValue(entry.value);
        if (parsed.kind === "none")
            continue;
        const origin = originAt(file.path, lines, entry.valueStart, entry.valueEnd);
        if (parsed.kind === "out-of-range") {
            if (!use?.checked.has(entry.key)) {
                result.findings.push(makeFinding("valid-port", "outOfRange", { value: entry.value }, origin, { source: "env", port: parsed.port }));
            }
            continue;
        }
        const listener = envListener(entry, parsed.port, values, use, `env:${file.path}`);
        if (listener)
            result.listeners.push({ ...listener, origin });
    }
    return result;
}
function envListener(entry, port, values, use, scope) {
    if (use?.checked.has(entry.key))
        return undefined;
    const containers = containersOf(entry.key, use);
    const kind = classifyEnvPortKey(entry.key, { ...(containers ? { services: containers.map((c) => c.identity) } : {}), valueOf: (key) => values[key] });
    const base = { port, protocol: "tcp", source: "env", identity: { envKey: entry.key } };
    if (kind === "remote")
        return { ...base, role: "remote", privilege: containers ? strictest(containers) : ENV_FILE_PRIVILEGE };
    if (containers?.some((container) => container.containerPorts.has(`${port}/tcp`)))
        return undefined;
    const listener = { ...base, role: "env", privilege: containers ? strictest(containers) : ENV_FILE_PRIVILEGE };
    // Only a process's own keys share a port space; CART_PORT and FRONTEND_PORT are other containers'.
    if (kind === "own")
        listener.scope = scope;
    return listener;
}
/** The containers whose process reads the key, or undefined for a plain process. */
function containersOf(key, use) {
    if (!use)
        return undefined;
    if (use.envFileOf.length > 0)
        return use.envFileOf;
    if (use.mentioned.has(key) && use.interpolatedBy.length > 0)
        return use.interpolatedBy;
    return undefined;
}
/**
 * The privilege of the container most likely to be refused a low port, when several read the
 * file: a non-root user first, then the host network, then no NET_BIND_SERVICE, then the highest
 * sysctl. Its privilege is compose's, so the compose runtime decides.
 */
function strictest(containers) {
    const risk = (p) => [p.user === "non-root" ? 2 : p.user === "unknown" ? 1 : 0, p.network === "host" ? 1 : 0, p.capAdd.includes("NET_BIND_SERVICE") ? 0 : 1, p.unprivilegedPortStart ?? -1];
    let chosen = containers[0].privilege;
    for (const { privilege } of containers.slice(1)) {
        const [a, b] = [risk(privilege), risk(chosen)];
        const i = a.findIndex((value, index) => value !== b[index]);
        if (i !== -1 && a[i] > b[i])
            chosen = privilege;
    }
    return { ...chosen, runBy: "compose" };
}
