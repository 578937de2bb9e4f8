import { type Node, type Scalar, type YAMLMap } from "yaml";
import type { FileContext } from "../file-context.js";
import { type Walk } from "./compose-yaml.js";
import { type Field } from "./field.js";
import type { Lookup } from "./interpolate.js";
export declare const LONG_PORT_FIELDS: readonly ["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"];
export type LongPortField = (typeof LONG_PORT_FIELDS)[number];
/** A value Compose refuses by its type or name; `node` is where to point. */
export interface InvalidValue {
    file: FileContext;
    node: Node;
    reason: string;
    /** The long-syntax field it is the value of. */
    field?: LongPortField;
}
export type PortItem = {
    kind: "short";
    field: Field;
}
/** `invalid`: long-syntax fields of the wrong type, and keys the schema does not allow. */
 | {
    kind: "long";
    file: FileContext;
    node: YAMLMap;
    fields: Partial<Record<LongPortField, Field>>;
    invalid: InvalidValue[];
}
/** A sequence, null, bool or float where a port belongs, or a `ports:` that is not a list. */
 | ({
    kind: "invalid";
} & InvalidValue);
/** `environment:`/`sysctls:` entry: map form `PORT: 80`, list form `- PORT=80`, or a bare key (value from the environment). */
export interface KeyValue {
    key: string;
    /** The scalar holding the value (list form: the whole `KEY=value` item). */
    field?: Field;
    /** Where the value starts in the field's interpolated text (after `=` in list form). */
    valueFrom: number;
    /** Bare key: the value comes from the interpolation environment. */
    inherited?: {
        value: string | undefined;
        keyNode: Scalar;
        file: FileContext;
    };
}
export type MergeTags = Partial<Record<"ports" | "expose" | "cap_add" | "sysctls" | "environment" | "env_file" | "profiles", "reset" | "override">>;
/** `build: ./dir` or `build: {context, dockerfile, target}`: which Dockerfile, and which of its stages, builds the service's image. */
export interface BuildSpec {
    context?: Field;
    dockerfile?: Field;
    /** The stage to build (`target: development`): the image is that stage's, not the last one's. */
    target?: Field;
    /** `dockerfile_inline`: no file to link. */
    inline: boolean;
}
export interface ServiceModel {
    name: string;
    image?: Field;
    build?: BuildSpec;
    user?: Field;
    networkMode?: Field;
    privileged?: boolean;
    ports: PortItem[];
    expose: Field[];
    capAdd: Field[];
    sysctls: Map<string, KeyValue>;
    environment: Map<string, KeyValue>;
    /** `env_file:` paths as written (relative to the project directory). */
    envFiles: Field[];
    profiles: string[];
}
/** A service as one file writes it, with `!reset`/`!override` tags for merging. */
export interface ServiceLayer extends ServiceModel {
    tags: MergeTags;
    /** Values of this file Compose refuses outside `ports` (an `expose:` that is not a list). */
    invalid: InvalidValue[];
}
interface Reader {
    walk: Walk;
    file: FileContext;
    lookup: Lookup;
}
export declare function readService(name: string, node: unknown, reader: Reader): ServiceLayer;
export {};
