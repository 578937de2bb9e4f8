import { mapGet } from "../yaml-walk.js";
import { invalidPortName, kubernetesFinding, notAPort } from "./findings.js";
import { portNameProblem } from "./port-name.js";
import { fieldAt, readPortValue } from "./port-value.js";
const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
const HOOKS = ["postStart", "preStop"];
/** Actions that name a port, and whether the port may be a name (IntOrString) or only a number. */
const ACTIONS = [
    ["httpGet", true],
    ["tcpSocket", true],
    ["grpc", false],
];
function portUsers(container, ydoc) {
    const users = [];
    const add = (owner, label, path, actions) => {
        for (const [name, named] of actions) {
            const action = mapGet(owner, name, ydoc);
            if (action)
                users.push({ label: `${label} ${name}`, path: `${path}.${name}.port`, action, named });
        }
    };
    for (const probe of PROBES)
        add(mapGet(container, probe, ydoc), probe, probe, ACTIONS);
    const lifecycle = mapGet(container, "lifecycle", ydoc);
    // Hooks take httpGet and the deprecated tcpSocket, not grpc.
    for (const hook of HOOKS)
        add(mapGet(lifecycle, hook, ydoc), `${hook} hook`, `lifecycle.${hook}`, ACTIONS.slice(0, 2));
    return users;
}
export function probeFindings(container, ports, owner, file, ydoc) {
    const findings = [];
    for (const user of portUsers(container, ydoc)) {
        const finding = checkPort(user, ports, owner, file, ydoc);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
function checkPort(user, ports, owner, file, ydoc) {
    const field = fieldAt(user.action, "port", ydoc);
    const value = readPortValue(field, ydoc, file.text);
    const where = `${owner} declares`;
    switch (value.kind) {
        case "unknown":
            return undefined;
        case "absent":
            return kubernetesFinding(file, value.span ?? spanOf(user.action), "valid-port", "notAPort", { field: user.path, what: value.span ? "empty" : "missing" });
        case "invalid":
            return notAPort(file, user.path, value);
        case "name": {
            if (!user.named)
                return notAPort(file, user.path, value);
            const problem = portNameProblem(value.name);
            if (problem)
                return invalidPortName(file, `The ${user.path}`, value.name, problem, value.span);
            const byName = ports.own.filter((port) => port.name === value.name);
            if (byName.length === 0)
                return kubernetesFinding(file, value.span, "valid-port", "unknownPortName", { user: user.label, value: `"${value.name}"`, where });
            if (byName.some((port) => port.protocol === "tcp"))
                return undefined;
            const { port, protocol } = byName[0];
            return kubernetesFinding(file, value.span, "valid-port", "protocolMismatch", { user: user.label, value: `"${value.name}"`, where, protocol: protocol.toUpperCase() }, { port });
        }
        case "number": {
            // A quoted number is a string to IntOrString, a name without a letter.
            if (value.quoted)
                return user.named ? invalidPortName(file, `The ${user.path}`, String(value.port), "has no letter", value.span) : notAPort(file, user.path, value);
            if (value.port < 1 || value.port > 65535)
                return notAPort(file, user.path, value);
            if (ports.own.length === 0)
                return undefined;
            const byNumber = ports.pod.filter((port) => port.port === value.port);
            if (byNumber.some((port) => port.protocol === "tcp"))
                return undefined;
            if (byNumber.length === 0 && ports.bound.has(value.port))
                return undefined;
            // A number is looked up in the whole pod, and the message says so when the pod has more.
            const podWhere = ports.pod.length > ports.own.length ? "the pod's containers declare" : where;
            if (byNumber.length === 0)
                return kubernetesFinding(file, value.span, "valid-port", "undeclaredPort", { user: user.label, where: podWhere }, { port: value.port, severity: "warning" });
            const data = { user: user.label, value: value.port, where: podWhere, protocol: byNumber[0].protocol.toUpperCase() };
            return kubernetesFinding(file, value.span, "valid-port", "protocolMismatch", data, { port: value.port, severity: "warning" });
        }
    }
}
function spanOf(node) {
    const start = node.range?.[0] ?? 0;
    return [start, start];
}
