import type { Listener, Privilege, ServiceIdentity, UserKind } from "../../core/listener.js";
import type { FileContext } from "../file-context.js";
import type { FrontEndResult } from "../types.js";
import { type ExposedPort } from "./expose.js";
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
/** An image's EXPOSE ports as listeners, with the identity and privilege given. */
export declare function exposedListeners(image: DockerImage, identity: ServiceIdentity, privilege: Privilege, source: Listener["source"], scope?: string): Listener[];
export declare function dockerfileScan(): DockerfileScan;
