// One `ports:` entry of a workflow service or job container. The runner hands it unchanged to
// `docker create -p` (actions/runner src/Runner.Worker/Container/DockerCommandManager.cs), so the
// grammar is Compose's short syntax; long-syntax maps are not accepted. `${{ }}` expressions are
// resolved by GitHub at run time: such an entry is unknown here, never an error.
import type { Scalar } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { Listener, ServiceIdentity } from "../../core/listener.js";
import { UNKNOWN_PRIVILEGE } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { parsePortSpec } from "../compose/parse-port-spec.js";
import { originOf, type FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { scalarSpan } from "../yaml.js";

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
  if (typeof node.value !== "string" && typeof node.value !== "number") return { listeners: [], findings: [] };
  const raw = String(node.value);
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
  const base = { protocol: spec.protocol, source: "actions" as const, identity: context.identity, privilege: UNKNOWN_PRIVILEGE };
  const listeners: Listener[] = [];
  const target = spec.target;
  listeners.push({
    ...base,
    port: target.from,
    ...(target.to !== target.from ? { endPort: target.to } : {}),
    role: "container",
    origin: span(target.start, target.end),
    scope: context.containerScope,
  });
  const published = spec.published;
  if (published) {
    listeners.push({
      ...base,
      port: published.from,
      ...(published.to !== published.from ? { endPort: published.to } : {}),
      role: "published",
      origin: span(published.start, published.end),
      scope: context.jobScope,
      ...(spec.hostIp ? { hostIp: spec.hostIp } : {}),
    });
  }
  return { listeners, findings: [] };
}
