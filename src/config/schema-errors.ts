// Maps ajv's errors onto ConfigError codes with the data a sentence needs: the key, the value as
// written and what is allowed there. Needs ajv's `verbose` option (error.data, parentSchema).
import type { ErrorObject } from "ajv";
import { didYouMean } from "./closest-name.js";
import { joinPointer, type ConfigError, type ConfigErrorCode } from "./config-error.js";

type Mapped = { pointer: string; code: ConfigErrorCode; data: Record<string, string | number> };

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  array: "a list",
  object: "a mapping of keys to values",
  integer: "a whole number",
  number: "a number",
  boolean: "true or false",
};

/** The value as the user wrote it, short enough for one line. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  let text: string;
  try {
    text = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // A JS config's value can refer to itself, or hold a BigInt.
    text = Array.isArray(value) ? "a list" : typeof value === "object" ? "a mapping" : typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function typeNames(type: unknown): string {
  const names = (Array.isArray(type) ? type : [type]).map((name: string) => TYPE_NAMES[name] ?? name);
  return names.join(" or ");
}

function knownKeys(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  return Object.keys(properties).filter((key) => key !== "$schema");
}

/** Why a required key matters, appended to "is missing". */
const WHY_REQUIRED: Readonly<Record<string, string>> = {
  reason: "; every allowlist entry says why the port is allowed, so that reviewers can judge it",
  ports: '; say which port or range the entry allows (8080 or "50000-50010")',
};

const REGISTRY_KEY_FORMAT = "a registry key is a port or range with an optional protocol, like 8443/tcp or 9000-9099";
const PORT_FORMAT = "expected a port like 8080 or a range like 50000-50010";

function blankCode(pointer: string): ConfigErrorCode {
  return pointer.startsWith("/registry/") ? "emptyService" : "emptyReason";
}

function mapError(error: ErrorObject): Mapped {
  const at = error.instancePath;
  const value = showValue(error.data);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const pointer = joinPointer(at, key);
      if (at === "/registry") return { pointer, code: "badPortSpec", data: { value: JSON.stringify(key), reason: REGISTRY_KEY_FORMAT } };
      const known = knownKeys(error.parentSchema);
      return { pointer, code: at === "/rules" ? "unknownRule" : "unknownKey", data: { key, known: known.join(", "), hint: didYouMean(key, known) } };
    }
    case "enum": {
      const allowed = (error.schema as unknown[]).map(String);
      const hint = typeof error.data === "string" ? didYouMean(error.data, allowed) : "";
      return { pointer: at, code: "notOneOf", data: { value, allowed: allowed.join(", "), hint } };
    }
    case "type":
      return { pointer: at, code: at === "" ? "notAnObject" : "wrongType", data: { value, expected: typeNames(error.schema) } };
    case "required": {
      const key = String((error.params as { missingProperty: string }).missingProperty);
      return { pointer: joinPointer(at, key), code: "missingKey", data: { key, why: WHY_REQUIRED[key] ?? "" } };
    }
    case "pattern":
      if (error.schema === "\\S") return { pointer: at, code: blankCode(at), data: { value } };
      return { pointer: at, code: "badPortSpec", data: { value, reason: PORT_FORMAT } };
    case "minimum":
    case "maximum":
      return { pointer: at, code: "badPortSpec", data: { value, reason: "ports are whole numbers from 0 to 65535" } };
    default:
      return { pointer: at, code: "invalidValue", data: { value, reason: error.message ?? error.keyword } };
  }
}

/** One ConfigError per ajv error, duplicates (same code at the same pointer) dropped. */
export function schemaErrors(errors: readonly ErrorObject[], file: string, prefix: string): ConfigError[] {
  const seen = new Set<string>();
  return errors.flatMap((error) => {
    const mapped = mapError(error);
    const id = `${mapped.code} ${mapped.pointer}`;
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ file, pointer: prefix + mapped.pointer, code: mapped.code, data: mapped.data }];
  });
}
