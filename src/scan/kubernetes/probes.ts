// Probes and lifecycle hooks against the ports their container declares (kube-linter
// liveness-port, readiness-port, startup-port). The kubelet looks a named port up in the
// container's own `ports` (pkg/kubelet/prober findPortByName) and connects over TCP for httpGet,
// tcpSocket and grpc, so a name the container does not declare, or declares for UDP only, can
// never succeed: an error. A number goes to the pod's IP, where every container of the pod
// listens, so a number a sibling declares (a sidecar serving the probe) or a command line binds
// (`--health-probe-bind-address=:8081`, listen-args.ts) is fine; any other number may still be
// listened on (the list is informational; kube-linter#1086 is such a case), so that is a warning,
// and only when the container declares ports at all.
import type { Node } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { FileContext } from "../file-context.js";
import { mapGet, type YamlDoc } from "../yaml-walk.js";
import type { DeclaredPort } from "./container-ports.js";
import { invalidPortName, kubernetesFinding, notAPort } from "./findings.js";
import { portNameProblem } from "./port-name.js";
import { fieldAt, readPortValue } from "./port-value.js";

const PROBES = ["livenessProbe", "readinessProbe", "startupProbe"] as const;
const HOOKS = ["postStart", "preStop"] as const;
/** Actions that name a port, and whether the port may be a name (IntOrString) or only a number. */
const ACTIONS = [
  ["httpGet", true],
  ["tcpSocket", true],
  ["grpc", false],
] as const;

/** The ports a probe of one container can reach. */
export interface ReachablePorts {
  /** The container's own entries: named ports are looked up here only. */
  own: readonly DeclaredPort[];
  /** Every entry of the containers running beside it, its own included. */
  pod: readonly DeclaredPort[];
  /** Ports their command lines bind. */
  bound: ReadonlySet<number>;
}

interface PortUser {
  /** How the message names it: "livenessProbe httpGet", "preStop hook httpGet". */
  label: string;
  /** The field path, for values that are not ports: "livenessProbe.httpGet.port". */
  path: string;
  action: Node;
  named: boolean;
}

function portUsers(container: Node, ydoc: YamlDoc): PortUser[] {
  const users: PortUser[] = [];
  const add = (owner: Node | undefined, label: string, path: string, actions: readonly (typeof ACTIONS)[number][]) => {
    for (const [name, named] of actions) {
      const action = mapGet(owner, name, ydoc);
      if (action) users.push({ label: `${label} ${name}`, path: `${path}.${name}.port`, action, named });
    }
  };
  for (const probe of PROBES) add(mapGet(container, probe, ydoc), probe, probe, ACTIONS);
  const lifecycle = mapGet(container, "lifecycle", ydoc);
  // Hooks take httpGet and the deprecated tcpSocket, not grpc.
  for (const hook of HOOKS) add(mapGet(lifecycle, hook, ydoc), `${hook} hook`, `lifecycle.${hook}`, ACTIONS.slice(0, 2));
  return users;
}

export function probeFindings(container: Node, ports: ReachablePorts, owner: string, file: FileContext, ydoc: YamlDoc): Finding[] {
  const findings: Finding[] = [];
  for (const user of portUsers(container, ydoc)) {
    const finding = checkPort(user, ports, owner, file, ydoc);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkPort(user: PortUser, ports: ReachablePorts, owner: string, file: FileContext, ydoc: YamlDoc): Finding | undefined {
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
      if (!user.named) return notAPort(file, user.path, value);
      const problem = portNameProblem(value.name);
      if (problem) return invalidPortName(file, `The ${user.path}`, value.name, problem, value.span);
      const byName = ports.own.filter((port) => port.name === value.name);
      if (byName.length === 0) return kubernetesFinding(file, value.span, "valid-port", "unknownPortName", { user: user.label, value: `"${value.name}"`, where });
      if (byName.some((port) => port.protocol === "tcp")) return undefined;
      const { port, protocol } = byName[0]!;
      return kubernetesFinding(file, value.span, "valid-port", "protocolMismatch", { user: user.label, value: `"${value.name}"`, where, protocol: protocol.toUpperCase() }, { port });
    }
    case "number": {
      // A quoted number is a string to IntOrString, a name without a letter.
      if (value.quoted) return user.named ? invalidPortName(file, `The ${user.path}`, String(value.port), "has no letter", value.span) : notAPort(file, user.path, value);
      if (value.port < 1 || value.port > 65535) return notAPort(file, user.path, value);
      if (ports.own.length === 0) return undefined;
      const byNumber = ports.pod.filter((port) => port.port === value.port);
      if (byNumber.some((port) => port.protocol === "tcp")) return undefined;
      if (byNumber.length === 0 && ports.bound.has(value.port)) return undefined;
      // A number is looked up in the whole pod, and the message says so when the pod has more.
      const podWhere = ports.pod.length > ports.own.length ? "the pod's containers declare" : where;
      if (byNumber.length === 0) return kubernetesFinding(file, value.span, "valid-port", "undeclaredPort", { user: user.label, where: podWhere }, { port: value.port, severity: "warning" });
      const data = { user: user.label, value: value.port, where: podWhere, protocol: byNumber[0]!.protocol.toUpperCase() };
      return kubernetesFinding(file, value.span, "valid-port", "protocolMismatch", data, { port: value.port, severity: "warning" });
    }
  }
}

function spanOf(node: Node): [number, number] {
  const start = node.range?.[0] ?? 0;
  return [start, start];
}
