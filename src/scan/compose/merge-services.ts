// Merging a service across compose files (base, then overrides in order), as compose-go
// `override/merge.go` and `override/uncity.go` do it (spec `13-merge.md`): scalars are replaced,
// `ports`/`expose`/`cap_add`/`env_file` are appended and made unique, `environment`/`sysctls`
// merge key by key; `!reset` empties a field, `!override` replaces it.
import type { Field } from "./field.js";
import type { KeyValue, MergeTags, PortItem, ServiceLayer, ServiceModel } from "./read-service.js";

export function mergeService(base: ServiceModel | undefined, layer: ServiceLayer): ServiceModel {
  // A service's first file: only its own duplicates to drop (compose-go applies unicity to one file too).
  // The layer is this merge's own, fresh from readService, so it becomes the model.
  if (!base) {
    layer.ports = uniqueBy(layer.ports, portItemKey);
    layer.expose = uniqueBy(layer.expose, fieldText);
    layer.capAdd = uniqueBy(layer.capAdd, fieldText);
    layer.envFiles = uniqueBy(layer.envFiles, fieldText);
    return layer;
  }
  const merged: ServiceModel = { ...base };
  const { tags } = layer;
  if (layer.image) merged.image = layer.image;
  // `build` is a mapping (a string is its context): merged key by key.
  if (layer.build) merged.build = base.build ? { ...base.build, ...definedKeys(layer.build), inline: base.build.inline || layer.build.inline } : layer.build;
  if (layer.user) merged.user = layer.user;
  if (layer.networkMode) merged.networkMode = layer.networkMode;
  if (layer.privileged !== undefined) merged.privileged = layer.privileged;
  merged.ports = uniqueBy(sequence(merged.ports, layer.ports, tags.ports), portItemKey);
  merged.expose = uniqueBy(sequence(merged.expose, layer.expose, tags.expose), fieldText);
  merged.capAdd = uniqueBy(sequence(merged.capAdd, layer.capAdd, tags.cap_add), fieldText);
  merged.profiles = [...new Set(sequence(merged.profiles, layer.profiles, tags.profiles))];
  merged.sysctls = mapping(merged.sysctls, layer.sysctls, tags.sysctls);
  merged.environment = mapping(merged.environment, layer.environment, tags.environment);
  merged.envFiles = uniqueBy(sequence(merged.envFiles, layer.envFiles, tags.env_file), fieldText);
  return merged;
}

function definedKeys<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function sequence<T>(base: T[], layer: T[], tag: MergeTags[keyof MergeTags]): T[] {
  return tag === "reset" ? [] : tag === "override" ? layer : [...base, ...layer];
}

function mapping(base: Map<string, KeyValue>, layer: Map<string, KeyValue>, tag: MergeTags[keyof MergeTags]): Map<string, KeyValue> {
  if (tag === "reset") return new Map();
  if (tag === "override") return new Map(layer);
  return new Map([...base, ...layer]);
}

/** Keeps the first position of each key; a later duplicate replaces the earlier item there (uncity.go). */
export function uniqueBy<T>(list: T[], key: (item: T) => string): T[] {
  if (list.length < 2) return list;
  const result: T[] = [];
  const index = new Map<string, number>();
  for (const item of list) {
    const k = key(item);
    const at = index.get(k);
    if (at === undefined) {
      index.set(k, result.length);
      result.push(item);
    } else {
      result[at] = item;
    }
  }
  return result;
}

/** A port item as compose-go's unicity pass sees it: a short string, or the long-syntax values. */
export type RawPort = string | number | { target?: unknown; published?: unknown; host_ip?: unknown; protocol?: unknown };

/** uncity.go `portIndexer`: short items by their text; long ones by host_ip:published:target/protocol. */
export function portKey(item: RawPort): string {
  if (typeof item === "string" || typeof item === "number") return String(item);
  const text = (value: unknown, fallback: string) => (value === undefined || value === null ? fallback : String(value));
  return `${text(item.host_ip, "0.0.0.0")}:${text(item.published, "")}:${text(item.target, "")}/${text(item.protocol, "tcp")}`;
}

function portItemKey(item: PortItem): string {
  if (item.kind === "short") return portKey(fieldText(item.field));
  // Items Compose refuses are each reported: never merged away as duplicates of one another.
  if (item.kind === "invalid" || (item.kind === "long" && item.invalid.length > 0)) return `invalid@${item.file.path}:${item.node.range?.[0] ?? 0}`;
  const raw: Record<string, string> = {};
  for (const [name, field] of Object.entries(item.fields)) raw[name] = fieldText(field);
  return portKey(raw);
}

function fieldText(field: Field): string {
  return field.result.ok ? field.result.value : field.raw;
}
