import { makeFinding } from "../../src/core/make-finding.js";
import { isValidPort } from "../../src/core/port-class.js";
import { testExpectsFailure } from "./expected-failure.js";
import { liveScope } from "./live-at-once.js";
export function makeCodeListener(site, sourceCode, file) {
    const invalid = site.value.kind === "malformed" || !isValidPort(site.value.port);
    if (invalid && testExpectsFailure(sourceCode, (site.at ?? site.value.range)[0]))
        return { listeners: [], findings: [] };
    const origin = originOf(site.value, sourceCode, file);
    if (site.value.kind === "malformed") {
        const reason = /^[-+]?\d*\.\d+(?:e[-+]?\d+)?$/i.test(site.value.text) ? "it is not a whole number" : "it is not a number";
        const finding = makeFinding("valid-port", "malformed", { value: site.value.text, reason }, origin, {
            protocol: site.protocol,
            source: "code",
        });
        return { listeners: [], findings: [finding] };
    }
    const identity = {};
    if (site.framework !== undefined)
        identity.framework = site.framework;
    if (site.value.envKey !== undefined)
        identity.envKey = site.value.envKey;
    const listener = {
        port: site.value.port,
        protocol: site.protocol,
        role: "bind",
        source: "code",
        identity,
        privilege: { user: "non-root", capAdd: [], network: "own" },
        origin,
    };
    // Which other listens of the file it can be open with (tests, branches, closes between).
    const { scope, phase } = liveScope(sourceCode, file, (site.at ?? site.value.range)[0]);
    if (scope !== undefined && !site.movesWhenTaken)
        listener.scope = scope;
    if (phase.length > 0)
        listener.phase = phase;
    if (site.host !== undefined)
        listener.hostIp = site.host;
    return { listeners: [listener], findings: [] };
}
/** 1-based line and column, exclusive end column (ESLint's getLocFromIndex gives 0-based columns). */
function originOf(value, sourceCode, file) {
    const start = sourceCode.getLocFromIndex(value.range[0]);
    const end = sourceCode.getLocFromIndex(value.range[1]);
    const origin = { file, line: start.line, column: start.column + 1, endLine: end.line, endColumn: end.column + 1 };
    if (value.fallback)
        origin.fallback = true;
    return origin;
}
