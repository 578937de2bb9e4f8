import type { Privilege, ServiceIdentity } from "../core/listener.js";
import type { FrontEndResult, SourceFile } from "./types.js";
/** A container that reads an env file, as the compose front end saw it. */
export interface EnvFileContainer {
    identity: ServiceIdentity;
    privilege: Privilege;
    /** Its container ports, `80/tcp`: an env key on one of them names that socket, reported there. */
    containerPorts: ReadonlySet<string>;
}
/** What the compose projects of a scan do with one env file. */
export interface EnvFileUse {
    /** Services that read it with `env_file:`. */
    envFileOf: readonly EnvFileContainer[];
    /** The services of the projects it is the interpolation `.env` (or `--env-file`) of. */
    interpolatedBy: readonly EnvFileContainer[];
    /** Variables the compose front end met in `ports`, `expose`, `environment` (it reports them there). */
    checked: ReadonlySet<string>;
    /** Variables the projects' compose files mention anywhere. */
    mentioned: ReadonlySet<string>;
}
export declare function scanEnvFile(file: SourceFile, use?: EnvFileUse): FrontEndResult;
