import type { Finding } from "../../core/finding.js";
import type { Origin, Protocol } from "../../core/listener.js";
import { type FileContext } from "../file-context.js";
import type { StageValue, Token } from "./stages.js";
export interface ExposedPort {
    port: number;
    endPort?: number;
    protocol: Protocol;
    origin: Origin;
    /** The build argument the value came from, when `--build-arg` can change it. */
    buildArg?: string;
}
export type ExposeResult = {
    port: ExposedPort;
} | {
    finding: Finding;
} | undefined;
export declare function readExpose(raw: Token, variables: ReadonlyMap<string, StageValue>, file: FileContext): ExposeResult;
