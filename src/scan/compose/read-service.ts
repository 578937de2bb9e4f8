// One service of one compose file, as the fields that decide its listeners: ports (short and long
// syntax), expose, environment, env_file, user, cap_add, sysctls, network_mode, image, profiles. Values are
// interpolated here, file by file, before merging (compose-spec `12-interpolation.md`).
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from "yaml";
import type { FileContext } from "../file-context.js";
import { entries, items, mergeTag, resolve, type Walk } from "./compose-yaml.js";
import { scalarValue } from "../yaml.js";
import { readField, type Field } from "./field.js";
import type { Lookup } from "./interpolate.js";
import { isPortCompanionKey, isPortEnvKey } from "../env-port-key.js";

export const LONG_PORT_FIELDS = ["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"] as const;
export type LongPortField = (typeof LONG_PORT_FIELDS)[number];

/** A value Compose refuses by its type or name; `node` is where to point. */
export interface InvalidValue {
  file: FileContext;
  node: Node;
  reason: string;
  /** The long-syntax field it is the value of. */
  field?: LongPortField;
}

export type PortItem =
  | { kind: "short"; field: Field }
  /** `invalid`: long-syntax fields of the wrong type, and keys the schema does not allow. */
  | { kind: "long"; file: FileContext; node: YAMLMap; fields: Partial<Record<LongPortField, Field>>; invalid: InvalidValue[] }
  /** A sequence, null, bool or float where a port belongs, or a `ports:` that is not a list. */
  | ({ kind: "invalid" } & InvalidValue);

/** `environment:`/`sysctls:` entry: map form `PORT: 80`, list form `- PORT=80`, or a bare key (value from the environment). */
export interface KeyValue {
  key: string;
  /** The scalar holding the value (list form: the whole `KEY=value` item). */
  field?: Field;
  /** Where the value starts in the field's interpolated text (after `=` in list form). */
  valueFrom: number;
  /** Bare key: the value comes from the interpolation environment. */
  inherited?: { value: string | undefined; keyNode: Scalar; file: FileContext };
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

export function readService(name: string, node: unknown, reader: Reader): ServiceLayer {
  const layer: ServiceLayer = {
    name,
    ports: [],
    expose: [],
    capAdd: [],
    sysctls: new Map(),
    environment: new Map(),
    envFiles: [],
    profiles: [],
    tags: {},
    invalid: [],
  };
  for (const entry of entries(node, reader.walk)) {
    if (!READ_KEYS.has(entry.key)) continue;
    const tag = mergeTag(entry.written);
    if (tag && entry.key in TAGGABLE) layer.tags[entry.key as keyof MergeTags] = tag;
    readKey(layer, entry.key, entry.value, reader);
  }
  return layer;
}

const TAGGABLE: Readonly<Record<keyof MergeTags, true>> = { ports: true, expose: true, cap_add: true, sysctls: true, environment: true, env_file: true, profiles: true };
const READ_KEYS: ReadonlySet<string> = new Set([...Object.keys(TAGGABLE), "image", "build", "user", "network_mode", "privileged"]);

function readKey(layer: ServiceLayer, key: string, value: Node | undefined, reader: Reader): void {
  switch (key) {
    case "image":
      layer.image = readField(value, reader.file, reader.lookup);
      return;
    case "build": {
      const build = readBuild(value, reader);
      if (build) layer.build = build;
      return;
    }
    case "user":
      layer.user = readField(value, reader.file, reader.lookup);
      return;
    case "network_mode":
      layer.networkMode = readField(value, reader.file, reader.lookup);
      return;
    case "privileged":
      layer.privileged = isScalar(value) && scalarValue(value) === true;
      return;
    case "ports":
      layer.ports = [];
      if (!isList(value)) layer.ports.push({ kind: "invalid", ...notAList("ports", value, reader) });
      for (const item of items(value, reader.walk)) layer.ports.push(readPort(item, reader));
      return;
    case "expose":
      layer.expose = scalarItems(value, reader);
      if (!isList(value)) layer.invalid.push(notAList("expose", value, reader));
      return;
    case "cap_add":
      layer.capAdd = scalarItems(value, reader);
      return;
    case "profiles":
      layer.profiles = scalarItems(value, reader).flatMap((field) => (field.result.ok ? [field.result.value] : []));
      return;
    case "sysctls":
      layer.sysctls = readKeyValues(value, reader);
      return;
    case "environment":
      // Only port keys become listeners, and `*_HOST` keys say whose port it is; the rest (often
      // dozens) would be carried for nothing.
      layer.environment = readKeyValues(value, reader, (key) => isPortEnvKey(key) || isPortCompanionKey(key));
      return;
    case "env_file":
      layer.envFiles = envFilePaths(value, reader);
      return;
  }
}

function readBuild(node: Node | undefined, reader: Reader): BuildSpec | undefined {
  const context = readField(node, reader.file, reader.lookup);
  if (context) return { context, inline: false };
  if (!isMap(resolve(node, reader.walk))) return undefined;
  const build: BuildSpec = { inline: false };
  for (const entry of entries(node, reader.walk)) {
    if (entry.key === "dockerfile_inline") build.inline = true;
    if (entry.key !== "context" && entry.key !== "dockerfile" && entry.key !== "target") continue;
    const field = readField(entry.value, reader.file, reader.lookup);
    if (field) build[entry.key] = field;
  }
  return build;
}

/** `env_file: a.env`, `[a.env, b.env]` or `[{ path: a.env, required: false }]` (compose-spec `05-services.md`). */
function envFilePaths(node: Node | undefined, reader: Reader): Field[] {
  const single = readField(node, reader.file, reader.lookup);
  if (single) return [single];
  return items(node, reader.walk).flatMap((item) => {
    const path = isMap(item) ? entries(item, reader.walk).find((entry) => entry.key === "path")?.value : item;
    const field = readField(path, reader.file, reader.lookup);
    return field ? [field] : [];
  });
}

function scalarItems(node: Node | undefined, reader: Reader): Field[] {
  const fields: Field[] = [];
  for (const item of items(node, reader.walk)) {
    const field = readField(item, reader.file, reader.lookup);
    if (field) fields.push(field);
  }
  return fields;
}

function readPort(node: Node, reader: Reader): PortItem {
  if (isMap(node)) return readLongPort(node, reader);
  const value = isScalar(node) ? scalarValue(node) : undefined;
  const isInteger = typeof value === "number" && Number.isInteger(value);
  const field = typeof value === "string" || isInteger ? readField(node, reader.file, reader.lookup) : undefined;
  if (field) return { kind: "short", field };
  // compose-go transform/ports.go: "invalid type %T for port".
  return { kind: "invalid", file: reader.file, node, reason: `invalid type for a port: ${typeName(node)}` };
}

/**
 * compose-spec.json `ports.items.oneOf[2]`: target an integer or a string (cast to an integer),
 * published a string or an integer, the rest strings; no other keys but `x-` extensions
 * (`additionalProperties: false`). Compose refuses the file otherwise, so each is a finding.
 */
function readLongPort(node: YAMLMap, reader: Reader): PortItem {
  const fields: Partial<Record<LongPortField, Field>> = {};
  const invalid: InvalidValue[] = [];
  for (const entry of entries(node, reader.walk)) {
    if (!(LONG_PORT_FIELDS as readonly string[]).includes(entry.key)) {
      if (!entry.key.startsWith("x-")) invalid.push({ file: reader.file, node: entry.keyNode, reason: `${entry.key} is not a field of a long-syntax port (${LONG_PORT_FIELDS.join(", ")})` });
      continue;
    }
    const key = entry.key as LongPortField;
    const numeric = key === "target" || key === "published";
    const value = isScalar(entry.value) ? scalarValue(entry.value) : undefined;
    const typed = typeof value === "string" || (numeric && typeof value === "number" && Number.isInteger(value));
    const field = typed ? readField(entry.value, reader.file, reader.lookup) : undefined;
    if (field) fields[key] = field;
    else invalid.push({ file: reader.file, node: entry.value ?? entry.keyNode, field: key, reason: `${key} must be ${numeric ? "a whole number or a string" : "a string"}, not ${typeName(entry.value)}` });
  }
  return { kind: "long", file: reader.file, node, fields, invalid };
}

/** A list, or nothing at all (`ports:` empty, `ports: !reset`): Compose takes both. */
function isList(node: Node | undefined): boolean {
  return node === undefined || isSeq(node) || mergeTag(node) === "reset" || (isScalar(node) && scalarValue(node) === null);
}

function notAList(key: string, node: Node | undefined, reader: Reader): InvalidValue {
  return { file: reader.file, node: node!, reason: `${key} must be a list, not ${typeName(node)}` };
}

/** How a value's YAML type is named in a finding. */
function typeName(node: Node | undefined): string {
  if (isSeq(node)) return "a list";
  if (isMap(node)) return "a mapping";
  const value = isScalar(node) ? scalarValue(node) : null;
  const tag = node?.tag;
  if (tag && !tag.startsWith("tag:yaml.org,2002:") && tag !== "!") return `a value tagged ${tag}`;
  if (tag === "tag:yaml.org,2002:binary") return "a !!binary value";
  if (value === null || value === undefined) return "an empty value";
  if (typeof value === "number") return Number.isInteger(value) ? "a number" : "a float";
  return typeof value === "boolean" ? "a boolean" : `a ${typeof value}`;
}

/**
 * `sysctls` and `environment` accept a map or a `KEY=VALUE` list (compose-go
 * `loader/tests/sysctls_test.go`); a list item's key is cut at the first "=" after interpolation.
 */
function readKeyValues(node: Node | undefined, reader: Reader, keep: (key: string) => boolean = () => true): Map<string, KeyValue> {
  const result = new Map<string, KeyValue>();
  const resolved = resolve(node, reader.walk);
  if (isSeq(resolved)) {
    for (const field of scalarItems(resolved, reader)) {
      const text = field.result.ok ? field.result.value : field.raw;
      const eq = text.indexOf("=");
      const key = eq === -1 ? text : text.slice(0, eq);
      if (!keep(key)) continue;
      result.set(key, eq === -1 ? { key, valueFrom: 0, inherited: inherit(key, field.node, reader) } : { key, field, valueFrom: eq + 1 });
    }
    return result;
  }
  for (const entry of entries(resolved, reader.walk)) {
    if (!keep(entry.key)) continue;
    const field = readField(entry.value, reader.file, reader.lookup);
    result.set(entry.key, field ? { key: entry.key, field, valueFrom: 0 } : { key: entry.key, valueFrom: 0, inherited: inherit(entry.key, entry.keyNode, reader) });
  }
  return result;
}

function inherit(key: string, keyNode: Scalar, reader: Reader): KeyValue["inherited"] {
  return { value: reader.lookup(key), keyNode, file: reader.file };
}
