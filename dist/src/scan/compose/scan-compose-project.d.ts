import type { LineCounter } from "yaml";
import type { Finding } from "../../core/finding.js";
import { type DockerImage } from "../dockerfile/index.js";
import type { EnvFileContainer } from "../env-file-listeners.js";
import type { FrontEndResult, SourceFile } from "../types.js";
import type { YamlDoc } from "../yaml-walk.js";
import type { EnvExample } from "./compose-environment.js";
import type { Lookup } from "./interpolate.js";
import { type ServiceLayer, type ServiceModel } from "./read-service.js";
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
export declare function scanComposeProject(project: ComposeProject): FrontEndResult;
/** What one compose file says about its services, interpolated; parse errors as findings. */
export interface ComposeFileLayers {
    layers: ServiceLayer[];
    findings: Finding[];
}
/**
 * One file's service layers, read as soon as the file is: the layers keep only the scalars they
 * use, so the file's YAML tree can go before the project's other files arrive.
 */
export declare function readComposeFile(source: ComposeSource, lookup: Lookup, envExample?: EnvExample): ComposeFileLayers;
/** A service as the env files it reads see it: who it is, how it runs, its container ports. */
export interface ComposeServiceUse extends EnvFileContainer {
    /** `env_file:` paths after interpolation, relative to the project directory. */
    envFiles: string[];
}
export interface ComposeListeners extends FrontEndResult {
    services: ComposeServiceUse[];
}
/** A project's listeners from its files' layers, base first: services merged, then listed. */
export declare function composeListeners(files: readonly (readonly ServiceLayer[])[], projectName: string, options?: ComposeListenerOptions): ComposeListeners;
