// What goes wrong with a user's config, as data: the file, the JSON pointer of the key, a code
// from a closed list and the values the message needs. messages.ts turns each code into a
// sentence; nothing here throws for user input.
import type { Policy } from "../core/policy.js";

export type ConfigErrorCode =
  | "configNotFound"
  | "readFailed"
  | "yamlSyntax"
  | "jsonSyntax"
  | "jsLoadFailed"
  | "needsAsyncLoad"
  | "typescriptUnsupported"
  | "tooDeep"
  | "multipleConfigFiles"
  | "notAnObject"
  | "unknownKey"
  | "unknownRule"
  | "notOneOf"
  | "wrongType"
  | "missingKey"
  | "emptyReason"
  | "emptyService"
  | "badPortSpec"
  | "registryOverlap"
  | "unknownPreset"
  | "packageNotFound"
  | "packageHasNoConfig"
  | "extendsFileNotFound"
  | "extendsCycle"
  | "invalidValue";

export interface ConfigError {
  /** Absolute path of the file at fault; "(command line)" for a bad flag value. */
  file: string;
  /** RFC 6901 JSON pointer of the offending key inside that file ("" for the whole file). */
  pointer: string;
  code: ConfigErrorCode;
  data: Readonly<Record<string, string | number>>;
  /** 1-based position of the key or value, when the file format keeps positions (YAML, JSON). */
  line?: number;
  column?: number;
}

export interface ResolvedConfig {
  ok: true;
  policy: Policy;
  /** Config files that contributed, in the order they were applied (extended files first). */
  files: string[];
}

export type ConfigResult = ResolvedConfig | { ok: false; errors: ConfigError[] };

/** The pseudo file name for errors in command-line values (`--preset`). */
export const COMMAND_LINE = "(command line)";

/** "/allowlist/0/reason" → ["allowlist", "0", "reason"] (RFC 6901 unescaping). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function joinPointer(pointer: string, segment: string | number): string {
  return `${pointer}/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
