import { makeFinding } from "../../src/core/make-finding.js";
export function makeCodeListener(site, sourceCode, file) {
    const origin = originOf(site.value, sourceCode, file);
    if (site.value.kind === "malformed") {
        const finding = makeFinding("valid-port", "malformed", { value: site.value.text, reason: "a port is a whole number from 0 to 65535" }, origin, {
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
        scope: `code:${file}`,
    };
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
