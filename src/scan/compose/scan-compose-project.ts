// The compose front end: one project (the base file, then its overrides in merge order) → the
// listeners of every service after interpolation and merging. Published host ports share the
// project's scope; a container's own ports the scope of its network namespace.
import type { LineCounter } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { ServiceIdentity } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import type { FileContext } from "../file-context.js";
import { originAt } from "../positions.js";
import type { FrontEndResult, SourceFile } from "../types.js";
import { duplicateKeyFinding } from "../load-file.js";
import { readYaml } from "../read-yaml.js";
import type { YamlDoc } from "../yaml-walk.js";
import { entries, get, MAX_MERGE_DEPTH, newWalk, RESOLVE_BUDGET, type Walk } from "./compose-yaml.js";
import type { EnvExample } from "./compose-environment.js";
import { environmentListeners } from "./environment-listeners.js";
import { valueOf } from "./field.js";
import type { Lookup } from "./interpolate.js";
import { mergeService } from "./merge-services.js";
import { invalidValue, portListeners, type ServiceContext } from "./port-listeners.js";
import { readService, type ServiceLayer, type ServiceModel } from "./read-service.js";
import { serviceNetwork } from "./service-privilege.js";
import { appendAll } from "../append-all.js";

/** A compose file; `lines` and `ydocs` when the caller has parsed it already (the scanner has). */
export interface ComposeSource extends SourceFile {
  lines?: LineCounter;
  ydocs?: readonly YamlDoc[];
}

export interface ComposeProject {
  /** Base file first, then overrides in merge order. */
  files: readonly ComposeSource[];
  /** Interpolation environment, already merged (see composeEnvironment). */
  env: Readonly<Record<string, string | undefined>>;
  /** The example env file some of `env` came from (composeEnvironment's `example`). */
  envExample?: EnvExample;
  projectName: string;
}

export function scanComposeProject(project: ComposeProject): FrontEndResult {
  const lookup: Lookup = (name) => project.env[name];
  const read = project.files.map((source) => readComposeFile(source, lookup, project.envExample));
  const result = composeListeners(read.map((file) => file.layers), project.projectName);
  result.findings = appendAll(read.flatMap((file) => file.findings), result.findings);
  return result;
}

/** What one compose file says about its services, interpolated; parse errors as findings. */
export interface ComposeFileLayers {
  layers: ServiceLayer[];
  findings: Finding[];
}

/**
 * One file's service layers, read as soon as the file is: the layers keep only the scalars they
 * use, so the file's YAML tree can go before the project's other files arrive.
 */
export function readComposeFile(source: ComposeSource, lookup: Lookup, envExample?: EnvExample): ComposeFileLayers {
  const findings: Finding[] = [];
  return { layers: readFile(source, lookup, findings, envExample), findings };
}

/** A project's listeners from its files' layers, base first: services merged, then listed. */
export function composeListeners(files: readonly (readonly ServiceLayer[])[], projectName: string): FrontEndResult {
  const services = new Map<string, ServiceModel>();
  for (const layers of files) {
    for (const layer of layers) services.set(layer.name, mergeService(services.get(layer.name), layer));
  }
  const result: FrontEndResult = { listeners: [], findings: [] };
  for (const service of services.values()) {
    const ctx = serviceContext(service, projectName);
    const ports = portListeners(service, ctx);
    const environment = environmentListeners(service, ctx);
    // `PORT=8080` beside `ports: ["8080:8080"]` names the same socket: one finding, on the port entry.
    const declared = new Set(ports.listeners.map((listener) => `${listener.port}/${listener.protocol}`));
    const undeclared = environment.listeners.filter((listener) => !declared.has(`${listener.port}/${listener.protocol}`));
    result.listeners.push(...ports.listeners, ...undeclared);
    result.findings.push(...ports.findings, ...environment.findings);
  }
  return result;
}

function serviceContext(service: ServiceModel, projectName: string): ServiceContext {
  const network = serviceNetwork(service, projectName);
  const identity: ServiceIdentity = { name: service.name };
  const image = service.image && service.image.result.ok && service.image.result.unset.length === 0 ? valueOf(service.image) : undefined;
  if (image) identity.image = image;
  const ctx: ServiceContext = {
    identity,
    privilege: network.privilege,
    projectScope: `compose:${projectName}`,
    containerScope: network.containerScope,
    hostNetwork: network.hostNetwork,
  };
  if (service.profiles.length > 0) ctx.profiles = service.profiles;
  return ctx;
}

/** The service layers of one file; a file that cannot be read adds a parse-error and no layers. */
function readFile(source: ComposeSource, lookup: Lookup, findings: Finding[], envExample: EnvExample | undefined): ServiceLayer[] {
  const parsed = source.ydocs && source.lines ? { ydocs: source.ydocs, lines: source.lines, text: source.text } : parse(source, findings);
  if (!parsed) return [];
  const file: FileContext = { path: source.path, text: parsed.text, lines: parsed.lines, ...(envExample ? { envExample } : {}) };
  const layers: ServiceLayer[] = [];
  for (const ydoc of parsed.ydocs) {
    const walk = newWalk(ydoc);
    const services = get(ydoc.doc.contents, "services", walk);
    const list = entries(services?.value, walk);
    for (const entry of list) {
      const layer = readService(entry.key, entry.value, { walk, file, lookup });
      for (const value of layer.invalid) findings.push(invalidValue(value));
      layers.push(layer);
      if (walk.exhaustedAt !== undefined) return budgetExhausted(file, walk, entry.keyNode.range?.[0] ?? walk.exhaustedAt, findings);
    }
    if (walk.exhaustedAt !== undefined) return budgetExhausted(file, walk, services?.keyNode.range?.[0] ?? walk.exhaustedAt, findings);
  }
  return layers;
}

/** The file's listeners are dropped: a partly expanded file would give a partial, misleading picture. */
function budgetExhausted(file: FileContext, walk: Walk, offset: number, findings: Finding[]): [] {
  const reason =
    walk.left < 0
      ? `its YAML aliases and merge keys expand past ${RESOLVE_BUDGET.toLocaleString("en-US")} nodes beyond what it writes, which looks like an alias bomb ("billion laughs")`
      : `its YAML merge keys (<<) chain more than ${MAX_MERGE_DEPTH} maps deep`;
  findings.push(parseError(file, reason, offset));
  return [];
}

function parse(source: SourceFile, findings: Finding[]): { ydocs: YamlDoc[]; lines: LineCounter; text: string } | undefined {
  const read = readYaml(source.text);
  const file = { path: source.path, text: source.text, lines: read.lines };
  if (!read.ok) return void findings.push(parseError(file, read.problem.reason, read.problem.start));
  for (const duplicate of read.duplicates) findings.push(duplicateKeyFinding(source.path, read.lines, duplicate, "compose"));
  return { ydocs: read.ydocs, lines: read.lines, text: read.text };
}

function parseError(file: FileContext, reason: string, offset: number): Finding {
  return makeFinding("parse-error", "parseError", { path: file.path, reason }, originAt(file.path, file.lines, offset, offset), { source: "compose" });
}
