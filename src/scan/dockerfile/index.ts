// The Dockerfile front end (`Dockerfile`, `*.Dockerfile`, `Dockerfile.*`, `Containerfile`): the
// image the file builds, that is its last stage followed through the stages it is built on, as
// listeners: EXPOSE ports as container ports, USER as the privilege of what the image runs, the
// base image (`FROM nginx:1.27`) as identity. Values that are not ports are reported in every
// stage. A compose service that builds the Dockerfile takes its image (compose-scan.ts); a
// Dockerfile no service of the scan builds is checked on its own, under runtime.dockerfile.
import type { Finding } from "../../core/finding.js";
import type { Listener, Privilege, ServiceIdentity, UserKind } from "../../core/listener.js";
import { makeFinding } from "../../core/make-finding.js";
import { describeClass, isValidPort } from "../../core/port-class.js";
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { readExpose, type ExposedPort } from "./expose.js";
import { readStages, type Stage } from "./stages.js";

/** What a Dockerfile's image is, for its own listeners and for compose services that build it. */
export interface DockerImage {
  path: string;
  /** The base image of the first stage in the chain, or undefined for `scratch` and unknown ones. */
  baseImage?: string;
  user: UserKind;
  exposed: ExposedPort[];
  /** The image of each named stage, for compose's `build.target` (lower-cased, as BuildKit compares). */
  targets?: ReadonlyMap<string, DockerImage>;
}

export interface DockerfileFile extends FileContext {
  absolute?: string;
}

export interface DockerfileScan {
  add(file: DockerfileFile): void;
  /** Images by absolute path (the shown path for stdin), for compose's `build:` link. */
  readonly images: ReadonlyMap<string, DockerImage>;
  /** Findings, and the listeners of the images no compose service took (`linked`: their keys). */
  finish(linked: ReadonlySet<string>): FrontEndResult;
}

/** The stages the one at `last` is built on, first to last. */
function chain(stages: readonly Stage[], last: number): Stage[] {
  const result: Stage[] = [];
  let index = last;
  while (index >= 0) {
    const stage = stages[index]!;
    result.unshift(stage);
    const from = stage.from?.toLowerCase();
    // A stage can only be built on an earlier one.
    index = from === undefined ? -1 : stages.slice(0, index).findLastIndex((earlier) => earlier.name === from);
  }
  return result;
}

/**
 * `USER 0`, `USER root:root` are root; another name or uid is not; no USER leaves the base
 * image's, which the file does not show (root for `scratch`, which has no users).
 */
function userKind(user: { value?: string } | undefined, first: Stage | undefined): UserKind {
  if (!user) return first?.from?.toLowerCase() === "scratch" ? "root" : "unknown";
  const name = user.value?.split(":")[0]?.trim();
  if (!name) return "unknown";
  return name === "root" || /^0+$/.test(name) ? "root" : "non-root";
}

function baseImageOf(first: Stage | undefined): string | undefined {
  const from = first?.from;
  return from === undefined || from.toLowerCase() === "scratch" ? undefined : from;
}

function readImage(file: DockerfileFile, findings: Finding[]): DockerImage {
  const stages = readStages(file);
  const exposedIn = new Map<Stage, ExposedPort[]>();
  for (const stage of stages) {
    const ports: ExposedPort[] = [];
    for (const { token, variables } of stage.exposes) {
      const read = readExpose(token, variables, file);
      if (read && "finding" in read) findings.push(read.finding);
      else if (read) ports.push(read.port);
    }
    exposedIn.set(stage, ports);
  }
  const imageAt = (last: number): DockerImage => {
    const image = chain(stages, last);
    const baseImage = baseImageOf(image[0]);
    const user = [...image].reverse().find((stage) => stage.user)?.user;
    // In file order, which is the order the image inherits them in: a stage follows those it is built on.
    const exposed = image.flatMap((stage) => exposedIn.get(stage) ?? []);
    return { path: file.path, ...(baseImage ? { baseImage } : {}), user: userKind(user, image[0]), exposed };
  };
  const targets = new Map<string, DockerImage>();
  for (const [index, stage] of stages.entries()) if (stage.name !== undefined && !targets.has(stage.name)) targets.set(stage.name, imageAt(index));
  return { ...imageAt(stages.length - 1), targets };
}

/** The same port and protocol exposed twice in one image: Docker keeps one, the repeat is noise. */
function repeats(image: DockerImage): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  for (const port of image.exposed) {
    const key = `${port.port}-${port.endPort ?? port.port}/${port.protocol}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, port.origin.line);
      continue;
    }
    const data = { subject: `Port ${port.port}`, protocol: port.protocol, owner: "this image", otherLine: first, ...(isValidPort(port.port) ? { class: describeClass(port.port) } : {}) };
    findings.push(makeFinding("no-duplicate-port", "declaredTwice", data, port.origin, { port: port.port, protocol: port.protocol, source: "dockerfile", severity: "warning" }));
  }
  return findings;
}

/** An image's EXPOSE ports as listeners, with the identity and privilege given. */
export function exposedListeners(image: DockerImage, identity: ServiceIdentity, privilege: Privilege, source: Listener["source"], scope?: string): Listener[] {
  return image.exposed.map((port) => {
    const listener: Listener = {
      port: port.port,
      protocol: port.protocol,
      role: "container",
      source,
      identity: port.buildArg ? { ...identity, envKey: port.buildArg } : identity,
      privilege,
      origin: port.origin,
    };
    if (port.endPort !== undefined) listener.endPort = port.endPort;
    if (scope !== undefined) listener.scope = scope;
    return listener;
  });
}

export function dockerfileScan(): DockerfileScan {
  const images = new Map<string, DockerImage>();
  const findings: Finding[] = [];
  return {
    images,
    add(file) {
      const image = readImage(file, findings);
      findings.push(...repeats(image));
      images.set(file.absolute ?? file.path, image);
    },
    finish(linked) {
      const result: FrontEndResult = { listeners: [], findings };
      for (const [key, image] of images) {
        if (linked.has(key)) continue;
        const privilege: Privilege = { user: image.user, capAdd: [], network: "own" };
        // No scope: one image exposing a port twice is one socket (reported as a repeat above).
        result.listeners.push(...exposedListeners(image, image.baseImage ? { image: image.baseImage } : {}, privilege, "dockerfile"));
      }
      images.clear();
      return result;
    },
  };
}
