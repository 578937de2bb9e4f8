// The one-line "what to do" for a port, from the facts explainPort() gathered. The first matching
// concern wins, most severe first: a fixed port in the dynamic range breaks intermittently
// (RFC 6335 §8.1.2), a browser-refused port breaks every web client (Fetch "bad port"), a port in
// Linux's ephemeral range collides on busy hosts (port-facts.md §3), a system port needs privilege.
import { EPHEMERAL_PROFILES } from "../../core/ephemeral.js";
import { formatRange, inRange } from "../../core/port-class.js";
const LINUX = EPHEMERAL_PROFILES.linux;
/** One name per service: aliases share their description (80: http, www, www-http → http). */
function assignedNames(facts) {
    const byDescription = new Map();
    for (const record of facts.iana) {
        if (record.status !== "assigned" || record.protocol === "dccp")
            continue;
        if (!byDescription.has(record.description))
            byDescription.set(record.description, record.name);
    }
    return [...new Set(byDescription.values())];
}
function products(facts) {
    return [...new Set(facts.deFacto.map((use) => use.product))];
}
function list(items) {
    if (items.length <= 1)
        return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
function systemPortAdvice(facts, names) {
    const unprivileged = `listen on ${facts.port + 8000} or another port from 1024 up and publish it as ${facts.port}`;
    if (names.length === 0) {
        return `An unassigned system port that needs root on most Linux setups: pick a port in 1024–${LINUX.from - 1} instead.`;
    }
    return `Use it only for ${list(names)}; a server that is not root should ${unprivileged}, unless it runs in a Docker 20.10+ or containerd 2.0+ container.`;
}
function userPortAdvice(names, users) {
    if (names.length > 0 && users.length > 0) {
        return `Registered to ${list(names)} and used by ${list(users)} by default: fine for those, pick an unused port for anything else.`;
    }
    if (names.length > 0)
        return `Registered to ${list(names)}: use it for that service, pick an unassigned port for anything else.`;
    if (users.length > 0) {
        return `Not registered, but ${list(users)} use${users.length === 1 ? "s" : ""} it by default: avoid it unless you run that, or expect clashes.`;
    }
    return "Unassigned and outside the Linux, Windows and macOS ephemeral ranges: a reasonable choice for a new service.";
}
export function adviceFor(facts) {
    const { port } = facts;
    const names = assignedNames(facts);
    if (port === 0) {
        return "Port 0 asks the OS for any free port: right for tests and throw-away listeners, never for an address that others must reach.";
    }
    if (facts.class.id === "dynamic") {
        return `Do not fix a server here: pick a port in 1024–${LINUX.from - 1} that no other service uses.`;
    }
    if (facts.browser.refused) {
        const owner = names.length > 0 ? `use it only for ${list(names)}, ` : "";
        return `Browsers refuse HTTP(S) on ${port} (ERR_UNSAFE_PORT): ${owner}never for a web app or API.`;
    }
    if (inRange(port, LINUX)) {
        return `Linux hands out ${formatRange(LINUX)} for outgoing connections, so ${port} can be taken when your server starts: prefer a port below ${LINUX.from}, or ${LINUX.reserve}.`;
    }
    if (facts.class.id === "system")
        return systemPortAdvice(facts, names);
    return userPortAdvice(names, products(facts));
}
