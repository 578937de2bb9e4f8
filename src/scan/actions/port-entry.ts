// One `ports:` entry of a workflow service or job container. The runner hands it unchanged to
// `docker create -p` (actions/runner src/Runner.Worker/Container/DockerCommandManager.cs), so the
// grammar is Compose's short syntax; long-syntax maps are not accepted. `${{ }}` expressions are
// resolved by GitHub at run time: such an entry is unknown here, never an error.
import type { Scalar } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { Listener, ListenerRole, ServiceIdentity } from "../../core/listener.js";
import { UNKNOWN_PRIVILEGE } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { parsePortSpec } from "../compose/parse-port-spec.js";
import { originOf, type FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { scalarSpan, scalarValue } from "../yaml.js";

export interface EntryContext {
  file: FileContext;
  identity: ServiceIdentity;
  /** The job's scope: its service containers publish onto one runner host. */
  jobScope: string;
  /** The container's own network namespace. */
  containerScope: string;
}

export function portEntry(node: Scalar, context: EntryContext): FrontEndResult {
  const { file } = context;
  const value = scalarValue(node);
  if (typeof value !== "string" && typeof value !== "number") return { listeners: [], findings: [] };
  const raw = String(value);
  if (raw.includes("${{")) return { listeners: [], findings: [] };
  const span = (from: number, to: number) => originOf(file, scalarSpan(node, file.text, from, to));
  const parsed = parsePortSpec(raw);
  if (!parsed.ok) {
    const token = raw.slice(parsed.start, parsed.end);
    const finding: Finding =
      parsed.code === "out-of-range"
        ? makeFinding("valid-port", "outOfRange", { value: token }, span(parsed.start, parsed.end), { source: "actions", port: Number(token.split("-")[0]) })
        : makeFinding("valid-port", "malformed", { value: `"${raw}"`, reason: parsed.error }, span(parsed.start, parsed.end), { source: "actions" });
    return { listeners: [], findings: [finding] };
  }
  const { spec } = parsed;
  // Fields in the order every front end writes them (port, protocol, role, source, identity,
  // privilege, origin, scope, then endPort and hostIp), so that the checks see few listener shapes.
  const listener = (ports: { from: number; to: number; start: number; end: number }, role: ListenerRole, scope: string): Listener => {
    const made: Listener = {
      port: ports.from,
      protocol: spec.protocol,
      role,
      source: "actions",
      identity: context.identity,
      privilege: UNKNOWN_PRIVILEGE,
      origin: span(ports.start, ports.end),
      scope,
    };
    if (ports.to !== ports.from) made.endPort = ports.to;
    return made;
  };
  const listeners = [listener(spec.target, "container", context.containerScope)];
  const published = spec.published;
  if (published) {
    const made = listener(published, "published", context.jobScope);
    if (spec.hostIp) made.hostIp = spec.hostIp;
    listeners.push(made);
  }
  return { listeners, findings: [] };
}
