import { type Listener, type Origin, type Protocol } from "../../core/listener.js";
import type { Finding } from "../../core/finding.js";
import { type FileContext } from "../file-context.js";
import type { KubeObject } from "./objects.js";
import { type PodIndex } from "./pod-index.js";
export interface ServiceResult {
    listeners: Listener[];
    findings: Finding[];
}
type Located = {
    port: number;
    origin: Origin;
};
/** One `spec.ports` entry, read; only the selected pods (known at the end of the scan) are missing. */
interface ServicePortSpec {
    protocol: Protocol;
    port?: Located;
    target: {
        kind: "number";
        port: number;
        origin: Origin;
    } | {
        kind: "name";
        name: string;
    } | {
        kind: "unknown";
    };
    /** An absent targetPort means the same number as `port`. */
    targetPresent: boolean;
    nodePort?: Located;
    portName?: string;
    appProtocol?: string;
    quotedTarget?: Finding;
}
/**
 * A Service as read from its manifest. Services wait for every pod of the scan; holding this
 * instead of the parsed document lets each file's YAML tree go as soon as the file is read
 * (2,000 held Service documents were ~26 MB and most of the scan's GC time in bench:scan).
 */
export interface ServiceSpec {
    name: string;
    namespace?: string;
    selector: ReadonlyMap<string, string>;
    scope: string;
    ports: ServicePortSpec[];
}
export declare function readServiceSpec(service: KubeObject, file: FileContext): ServiceSpec;
export declare function serviceListeners(service: ServiceSpec, pods: PodIndex): ServiceResult;
export {};
