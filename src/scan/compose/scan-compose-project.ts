// The compose front end: one project (the base file, then its overrides in merge order) → the
// listeners of every service after interpolation and merging. Published host ports share the
// project's scope; a container's own ports the scope of its network namespace.
import type { LineCounter } from "yaml";
import type { Finding } from "../../core/finding.js";
import type { Listener, ServiceIdentity } from "../../core/listener.js";
import { exposedListeners, type DockerImage } from "../dockerfile/index.js";
import type { EnvFileContainer } from "../env-file-listeners.js";
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
  options?: ComposeListenerOptions;
}

/** What a project's services take from outside their files: the policy's switch, the images built. */
export interface ComposeListenerOptions {
  /** publish.requireHostIp. */
  requireHostIp?: boolean;
  /** The image a service's `build:` makes, when its Dockerfile is in the scan. */
  imageOf?: (service: ServiceModel) => DockerImage | undefined;
}

export function scanComposeProject(project: ComposeProject): FrontEndResult {
  const lookup: Lookup = (name) => project.env[name];
  const read = project.files.map((source) => readComposeFile(source, lookup, project.envExample));
  const result = composeListeners(read.map((file) => file.layers), project.projectName, project.options);
  return { listeners: result.listeners, findings: appendAll(read.flatMap((file) => file.findings), result.findings) };
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

/** A service as the env files it reads see it: who it is, how it runs, its container ports. */
export interface ComposeServiceUse extends EnvFileContainer {
  /** `env_file:` paths after interpolation, relative to the project directory. */
  envFiles: string[];
}

export interface ComposeListeners extends FrontEndResult {
  services: ComposeServiceUse[];
}

/** A project's listeners from its files' layers, base first: services merged, then listed. */
export function composeListeners(files: readonly (readonly ServiceLayer[])[], projectName: string, options: ComposeListenerOptions = {}): ComposeListeners {
  const services = new Map<string, ServiceModel>();
  for (const layers of files) {
    for (const layer of layers) services.set(layer.name, mergeService(services.get(layer.name), layer));
  }
  const result: ComposeListeners = { listeners: [], findings: [], services: [] };
  for (const service of services.values()) {
    const built = options.imageOf?.(service);
    const ctx = serviceContext(service, projectName, built, options.requireHostIp === true);
    const ports = portListeners(service, ctx);
    const portKey = (listener: Listener) => `${listener.port}/${listener.protocol}`;
    // The image's EXPOSE ports, unless the service declares the same port itself.
    const ownPorts = new Set(ports.listeners.filter((listener) => listener.role === "container").map(portKey));
    const exposed = built ? imageListeners(built, ctx).filter((listener) => !ownPorts.has(portKey(listener))) : [];
    const environment = environmentListeners(service, ctx);
    // `PORT=8080` beside `ports: ["8080:8080"]` names the same socket: one finding, on the port entry.
    const declared = new Set([...ports.listeners, ...exposed].map(portKey));
    const undeclared = environment.listeners.filter((listener) => !declared.has(portKey(listener)));
    result.listeners.push(...ports.listeners, ...exposed, ...undeclared);
    result.findings.push(...ports.findings, ...environment.findings);
    result.services.push({ identity: ctx.identity, privilege: ctx.privilege, containerPorts: containerPorts(ports.listeners), envFiles: envFilePaths(service) });
  }
  return result;
}

/** A built image's EXPOSE ports as the service's container ports, in its network namespace. */
function imageListeners(image: DockerImage, ctx: ServiceContext): Listener[] {
  const listeners = exposedListeners(image, ctx.identity, ctx.privilege, "compose", ctx.containerScope);
  if (ctx.profiles) for (const listener of listeners) listener.profiles = ctx.profiles;
  return listeners;
}

/** `80/tcp` for each container port (ranges up to a thousand ports, as an env key names one of them). */
function containerPorts(listeners: readonly Listener[]): Set<string> {
  const ports = new Set<string>();
  for (const listener of listeners) {
    if (listener.role !== "container") continue;
    const last = Math.min(listener.endPort ?? listener.port, listener.port + 1000);
    for (let port = listener.port; port <= last; port++) ports.add(`${port}/${listener.protocol}`);
  }
  return ports;
}

function envFilePaths(service: ServiceModel): string[] {
  return service.envFiles.flatMap((field) => {
    const path = field.result.ok && field.result.unset.length === 0 ? valueOf(field) : undefined;
    return path ? [path] : [];
  });
}

/**
 * A service's identity and privilege. A service that builds a Dockerfile of the scan runs that
 * image: its base image names the product (the `image:` of a built service is only the tag it
 * gets) and its USER is the service's user unless `user:` says otherwise.
 */
function serviceContext(service: ServiceModel, projectName: string, built: DockerImage | undefined, requireHostIp: boolean): ServiceContext {
  const network = serviceNetwork(service, projectName);
  const identity: ServiceIdentity = { name: service.name };
  const image = service.image && service.image.result.ok && service.image.result.unset.length === 0 ? valueOf(service.image) : undefined;
  const shown = built?.baseImage ?? image;
  if (shown) identity.image = shown;
  const privilege = built && !service.user ? { ...network.privilege, user: built.user } : network.privilege;
  const ctx: ServiceContext = {
    identity,
    privilege,
    projectScope: `compose:${projectName}`,
    containerScope: network.containerScope,
    hostNetwork: network.hostNetwork,
  };
  if (service.profiles.length > 0) ctx.profiles = service.profiles;
  if (requireHostIp) ctx.requireHostIp = true;
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
