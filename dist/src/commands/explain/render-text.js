// Plain-text rendering of explainPort() results for a terminal: one block per port, a label column
// on the left, colour only when the caller enables it. Names and descriptions are data (the IANA
// CSV, product tables, an org's registry) and are printed with their control characters escaped.
import { formatRange } from "../../core/port-class.js";
import { escapeControl } from "../../report/escape-control.js";
const LABEL_WIDTH = 16;
const plain = (text) => text;
export const NO_COLORS = { bold: plain, dim: plain, red: plain, green: plain, yellow: plain };
function field(colors, label, lines) {
    const [first = "", ...rest] = lines;
    const indent = " ".repeat(2 + LABEL_WIDTH);
    return [`  ${colors.dim(label.padEnd(LABEL_WIDTH))}${first}`, ...rest.map((line) => indent + line)];
}
function recordName(record) {
    const name = record.status === "assigned" ? escapeControl(record.name) : record.status;
    return record.from === record.to ? name : `${name} (${formatRange(record)})`;
}
function recordLine(colors, record, nameWidth) {
    const protocol = (record.protocol || "any").padEnd(5);
    const name = recordName(record).padEnd(nameWidth);
    const styled = record.status === "assigned" ? colors.bold(name) : colors.dim(name);
    // Unassigned rows say "Unassigned" again as their description; print only what adds something.
    const description = record.description.toLowerCase() === record.status ? "" : escapeControl(record.description);
    const unauthorized = record.unauthorizedUse ? colors.yellow(`  [unauthorized use reported: ${escapeControl(record.unauthorizedUse)}]`) : "";
    return `${protocol}${styled}  ${description}${unauthorized}`.trimEnd();
}
function ianaLines(colors, explanation) {
    const nameWidth = Math.max(0, ...explanation.iana.map((record) => recordName(record).length));
    if (explanation.iana.length > 0)
        return explanation.iana.map((record) => recordLine(colors, record, nameWidth));
    if (explanation.class.id === "dynamic")
        return ["no entry: IANA never assigns ports in the dynamic range (RFC 6335)"];
    return ["no entry"];
}
function deFactoLines(explanation) {
    if (explanation.deFacto.length === 0)
        return ["none known"];
    return explanation.deFacto.map((use) => escapeControl(`${use.protocol.padEnd(5)}${use.product}${use.note ? ` (${use.note})` : ""}`));
}
function ephemeralLines(explanation) {
    if (explanation.ephemeral.length === 0)
        return ["in no default ephemeral range"];
    const ranges = explanation.ephemeral.map((profile) => `${profile.label} ${formatRange(profile)}`);
    return [`inside ${ranges.join(", ")}: handed out for outgoing connections`];
}
function browserLine(colors, explanation) {
    return explanation.browser.refused
        ? colors.red("refuse HTTP(S) here: a Fetch-standard bad port (ERR_UNSAFE_PORT)")
        : "allow it (not a Fetch-standard bad port)";
}
function bindLines(colors, explanation) {
    if (explanation.port === 0)
        return ["any process: the OS picks a free ephemeral port"];
    if (!explanation.privileged)
        return ["any process, everywhere (ports from 1024 up are unprivileged)"];
    const fails = explanation.nonRootBind.filter((bind) => !bind.canBind).map((bind) => bind.label);
    const works = explanation.nonRootBind.filter((bind) => bind.canBind && !bind.condition).map((bind) => bind.label);
    const worksIf = explanation.nonRootBind.filter((bind) => bind.canBind && bind.condition);
    return [
        `${colors.red("needs root or CAP_NET_BIND_SERVICE")} on ${fails.join(", ")}`,
        `${colors.green("works without root")} in ${works.join(", ")}`,
        ...worksIf.map((bind) => `${colors.green("works without root")} in ${bind.label}: ${bind.condition}`),
    ];
}
function sentence(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
function header(colors, explanation) {
    const { port, protocol, class: portClass } = explanation;
    const name = protocol === null ? `Port ${port}` : `Port ${port}/${protocol}`;
    return `${colors.bold(name)} — ${portClass.label}, ${formatRange(portClass)}`;
}
export function renderPort(colors, explanation) {
    return [
        header(colors, explanation),
        `  ${colors.dim(`${sentence(explanation.class.meaning)}`)}`,
        ...field(colors, "IANA", ianaLines(colors, explanation)),
        ...field(colors, "De facto", deFactoLines(explanation)),
        ...field(colors, "Ephemeral", ephemeralLines(explanation)),
        ...field(colors, "Browsers", [browserLine(colors, explanation)]),
        ...field(colors, "Non-root bind", bindLines(colors, explanation)),
        ...field(colors, "Advice", [colors.bold(explanation.advice)]),
    ].join("\n");
}
export function renderText(colors, explanations, snapshot) {
    const blocks = explanations.map((explanation) => renderPort(colors, explanation));
    const footer = colors.dim(`IANA registry snapshot ${snapshot.date} (${snapshot.source}).`);
    return `${[...blocks, footer].join("\n\n")}\n`;
}
