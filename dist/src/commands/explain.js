// `port-policy explain <port>[/tcp|udp|sctp] …`: what a port is and what to do about it. Only the
// core's port facts and the registry are loaded (not YAML, ESLint or the scanner), so the command
// starts nearly as fast as node itself (bench/explain-cold-start.ts).
import { parseArgs } from "node:util";
import { parsePortSpec } from "../core/parse-port.js";
import { ianaPortsByName, registrySnapshot } from "../core/registry.js";
import { escapeControl } from "../report/escape-control.js";
import { explainPort } from "./explain/explain-port.js";
import { NO_COLORS, renderText } from "./explain/render-text.js";
const USAGE = `Usage: port-policy explain <port>[/tcp|udp|sctp] … [--format text|json]

Explains each port: its RFC 6335 class and what that means, every IANA service name and
description (with unauthorized-use notes), software that uses it by default without an
assignment, the OS ephemeral ranges that contain it, whether browsers refuse it, whether a
process that is not root can bind it and under which runtimes, and what to do.

Options:
  --format, -f   text (default) or json
  --help, -h     show this help

JSON (--format json), stable: fields are only ever added:
  { "version": 1,
    "snapshot": { "date": "YYYY-MM-DD", "source": "…" },   the IANA data used
    "ports": [ { "input", "port", "protocol" (null = all),
                 "class": { "id", "label", "from", "to", "meaning" },
                 "iana": [ { "name", "description", "protocol", "from", "to",
                             "status": "assigned|unassigned|reserved", "unauthorizedUse"? } ],
                 "serviceNames": { "tcp": [...], "udp": [...], "sctp": [...] },
                 "unauthorizedUse": [...],
                 "deFacto": [ { "port", "protocol", "product", "productKey"?, "note"? } ],
                 "ephemeral": [ { "id", "label", "from", "to" } ],
                 "browser": { "refused" },
                 "privileged",
                 "nonRootBind": [ { "where", "label", "canBind", "condition"? } ],
                 "advice" } ] }

Examples:
  port-policy explain 80 5432 6667 49152 3000/udp
  port-policy explain 8080/tcp --format json
`;
function parseOptions(args) {
    try {
        const { values, positionals } = parseArgs({
            args,
            allowPositionals: true,
            options: { format: { type: "string", short: "f", default: "text" }, help: { type: "boolean", short: "h" } },
        });
        if (values.format !== "text" && values.format !== "json") {
            return { ok: false, error: `unknown format "${values.format}" (expected text or json)` };
        }
        return { ok: true, format: values.format, help: values.help === true, specs: positionals };
    }
    catch (error) {
        // parseArgs throws for unknown options and missing values: a usage error, not a bug.
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
}
/** A service name where a port was expected: point to its ports instead of only refusing. */
function serviceNameHint(text) {
    const ports = [...new Set(ianaPortsByName(text.toLowerCase()).map((record) => record.from))];
    return ports.length > 0 ? ` ("${text}" is an IANA service name on port ${ports.slice(0, 5).join(", ")})` : "";
}
function explainSpec(text) {
    const spec = parsePortSpec(text);
    if (!spec.ok)
        return { ok: false, error: `${spec.error}${serviceNameHint(text)}` };
    if (spec.value.from !== spec.value.to) {
        return { ok: false, error: `"${text}" is a range; explain takes single ports such as ${spec.value.from}` };
    }
    return { ok: true, value: explainPort(text, spec.value.from, spec.value.protocol) };
}
/** Colour for a terminal unless NO_COLOR is set (https://no-color.org); picocolors loads only then. */
async function colorsFor(io) {
    if (io.stdout.isTTY !== true || (io.env.NO_COLOR ?? "") !== "")
        return NO_COLORS;
    return (await import("picocolors")).default.createColors(true);
}
function usageError(io, message) {
    // The message quotes the argument, which a script may have taken from a scanned file.
    io.stderr.write(`port-policy explain: ${escapeControl(message)}\nRun "port-policy explain --help" for usage.\n`);
    return 2;
}
export async function explain(args, io) {
    const options = parseOptions(args);
    if (!options.ok)
        return usageError(io, options.error);
    if (options.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    if (options.specs.length === 0)
        return usageError(io, "no port given, e.g. port-policy explain 5432");
    const explanations = [];
    for (const text of options.specs) {
        const result = explainSpec(text);
        if (!result.ok)
            return usageError(io, `bad argument "${text}": ${result.error}`);
        explanations.push(result.value);
    }
    const snapshot = registrySnapshot();
    if (options.format === "json") {
        io.stdout.write(`${JSON.stringify({ version: 1, snapshot, ports: explanations }, null, 2)}\n`);
    }
    else {
        io.stdout.write(renderText(await colorsFor(io), explanations, snapshot));
    }
    return 0;
}
