import { kubernetesFinding } from "./findings.js";
import { portField } from "./port-value.js";
/** Knative Serving's kinds (Service, Configuration, Revision) each run one pod template. */
export function isKnative(object) {
    return object.apiVersion.startsWith("serving.knative.dev/");
}
// networking.BackendHTTPPort, BackendHTTP2Port, QueueAdminPort, AutoscalingQueueMetricsPort, UserQueueMetricsPort.
const QUEUE_PROXY_PORTS = new Set([8012, 8013, 8022, 9090, 9091]);
const PORT_NAMES = new Set(["h2c", "http1"]);
/** `entries`: the `ports` entries of the pod's containers that declare a containerPort, in order. */
export function knativeFindings(entries, file, ydoc) {
    const findings = [];
    const ports = entries.map((entry) => ({ port: portField(entry, "containerPort", ydoc, file.text), name: portField(entry, "name", ydoc, file.text) }));
    const [first, ...rest] = ports;
    if (first?.port.kind !== "number")
        return findings;
    const served = first.port;
    if (QUEUE_PROXY_PORTS.has(served.port))
        findings.push(kubernetesFinding(file, served.span, "valid-port", "knativeReservedPort", {}, { port: served.port }));
    if (first.name.kind === "name" && !PORT_NAMES.has(first.name.name)) {
        findings.push(kubernetesFinding(file, first.name.span, "valid-port", "knativePortName", { value: `"${first.name.name}"` }, { port: served.port }));
    }
    const otherLine = file.lines.linePos(served.span[0]).line;
    for (const { port } of rest) {
        if (port.kind === "number")
            findings.push(kubernetesFinding(file, port.span, "valid-port", "knativeOnePort", { otherLine }, { port: port.port }));
    }
    return findings;
}
