// Knative Serving's own rules for the one port a revision serves (knative/serving
// pkg/apis/serving/k8s_validation.go validateContainerPorts; ports in pkg/networking): one
// `ports` entry in the whole pod template ("more than one container port is set"), not one of the
// ports its queue-proxy sidecar takes in the same pod (8012, 8013, 8022, 9090, 9091), and a name
// that is empty, `h2c` or `http1`, since Knative reads the name as the protocol.
import type { Node } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { FileContext } from "../file-context.js";
import type { YamlDoc } from "../yaml-walk.js";
import { kubernetesFinding } from "./findings.js";
import type { KubeObject } from "./objects.js";
import { portField } from "./port-value.js";

/** Knative Serving's kinds (Service, Configuration, Revision) each run one pod template. */
export function isKnative(object: KubeObject): boolean {
  return object.apiVersion.startsWith("serving.knative.dev/");
}

// networking.BackendHTTPPort, BackendHTTP2Port, QueueAdminPort, AutoscalingQueueMetricsPort, UserQueueMetricsPort.
const QUEUE_PROXY_PORTS = new Set([8012, 8013, 8022, 9090, 9091]);
const PORT_NAMES = new Set(["h2c", "http1"]);

/** `entries`: the `ports` entries of the pod's containers that declare a containerPort, in order. */
export function knativeFindings(entries: readonly Node[], file: FileContext, ydoc: YamlDoc): Finding[] {
  const findings: Finding[] = [];
  const ports = entries.map((entry) => ({ port: portField(entry, "containerPort", ydoc, file.text), name: portField(entry, "name", ydoc, file.text) }));
  const [first, ...rest] = ports;
  if (first?.port.kind !== "number") return findings;
  const served = first.port;
  if (QUEUE_PROXY_PORTS.has(served.port)) findings.push(kubernetesFinding(file, served.span, "valid-port", "knativeReservedPort", {}, { port: served.port }));
  if (first.name.kind === "name" && !PORT_NAMES.has(first.name.name)) {
    findings.push(kubernetesFinding(file, first.name.span, "valid-port", "knativePortName", { value: `"${first.name.name}"` }, { port: served.port }));
  }
  const otherLine = file.lines.linePos(served.span[0]).line;
  for (const { port } of rest) {
    if (port.kind === "number") findings.push(kubernetesFinding(file, port.span, "valid-port", "knativeOnePort", { otherLine }, { port: port.port }));
  }
  return findings;
}
