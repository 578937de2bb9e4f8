import { type Listener, type Origin, type Protocol } from "../../core/listener.js";
import type { Finding } from "../../core/finding.js";
import type { Policy } from "../../core/policy.js";
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
type Target = {
    kind: "number";
    port: number;
    origin: Origin;
} | {
    kind: "name";
    name: string;
    origin: Origin;
}
/** Absent (the port's own number), empty, or not readable: nothing to resolve by itself. */
 | {
    kind: "none";
};
/** One `spec.ports` entry, read; only the selected pods (known at the end of the scan) are missing. */
interface ServicePortSpec {
    protocol: Protocol;
    port?: Located;
    target: Target;
    /** An absent targetPort means the same number as `port`. */
    targetPresent: boolean;
    nodePort?: Located;
    portName?: string;
    appProtocol?: string;
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
    nodePortScope: string;
    ports: ServicePortSpec[];
}
/** What reading a Service found at once: its spec for later, and the findings of its own text. */
export interface ReadService {
    spec: ServiceSpec;
    findings: Finding[];
}
export declare function readServiceSpec(service: KubeObject, file: FileContext, policy: Policy): ReadService;
export declare function serviceListeners(service: ServiceSpec, pods: PodIndex): ServiceResult;
export {};
